using SiteGen.Checks.External;

namespace SiteGen.Checks;

/// <summary>What <c>sitegen check</c> checks and how. Change with <c>with</c>.</summary>
public sealed record LinkCheckOptions
{
    /// <summary>The site's own absolute base URL (e.g. <c>https://kb.example.com/docs/</c>); links under it map back to local files.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Glob (<c>*</c>, <c>?</c>) or <c>/regex/</c> patterns; a link whose target as written or resolved URL matches is skipped.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Check http(s) links too.</summary>
    public bool External { get; init; }

    /// <summary>Report a directory link without a trailing slash (SG3008). Off by default: servers redirect it.</summary>
    public bool RequireDirectorySlash { get; init; }

    /// <summary>File names that serve a directory, in order.</summary>
    public IReadOnlyList<string> IndexFiles { get; init; } = ["index.html", "index.htm"];

    /// <summary>Degree of parallelism for parsing pages; 0 = processor count.</summary>
    public int Parallelism { get; init; }

    public ExternalCheckOptions ExternalOptions { get; init; } = new();
}
