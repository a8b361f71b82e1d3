namespace SiteGen;

/// <summary>What <c>sitegen build</c> was asked to do. Paths may be relative to the current folder.</summary>
public sealed record BuildOptions(string ProjectDir, string OutputDir)
{
    /// <summary>Overrides site.yaml's baseUrl (deploy previews).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Theme folder; default: the project's themes/default, else the theme shipped with SiteGen.</summary>
    public string? ThemeDir { get; init; }

    /// <summary>Keep <c>data-sg-src</c> attributes in HTML (the link checker reads them to name source lines).</summary>
    public bool KeepSourceAttributes { get; init; }
}
