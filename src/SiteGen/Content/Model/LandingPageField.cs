using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

internal sealed record LandingPageField(
    string Id,
    string Label,
    string Kind,
    bool Required,
    string Description,
    IReadOnlyList<Located<string>> Rules,
    IReadOnlyList<string> DetectLabels,
    string? DetectPattern,
    SourceSpan Span)
{
    /// <summary>Where the description's text starts.</summary>
    public SourceSpan DescriptionAt { get; init; }

    public static readonly IReadOnlyList<string> Kinds = ["version", "date", "md5", "sha1", "size", "url", "text"];
}
