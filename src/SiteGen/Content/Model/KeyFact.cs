using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

internal sealed record KeyFact(string Label, string Value, string? Section)
{
    /// <summary>Where the value's text starts.</summary>
    public SourceSpan ValueAt { get; init; }
}
