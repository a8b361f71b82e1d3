using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

/// <summary>A TOI section (with <see cref="Title"/>) or item (with <see cref="Text"/>), possibly nested.</summary>
internal sealed record ToiItem(string Id, string? Title, string? Text, IReadOnlyList<ToiItem> Items, SourceSpan Span)
{
    /// <summary>Where the text starts.</summary>
    public SourceSpan TextAt { get; init; }
}
