using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

internal sealed record Revision(string Version, string? Date, string Changes)
{
    /// <summary>Where the changes' text starts.</summary>
    public SourceSpan ChangesAt { get; init; }
}
