namespace SiteGen.Content.Model;

/// <summary>A Markdown file with front matter: a chapter, a guide or a plain page.</summary>
internal sealed record MarkdownSource(
    string SourcePath,
    MarkdownKind Kind,
    string? ProgramId,
    string Slug,
    string Title,
    string? Section,
    int Weight,
    string? Summary,
    string Text)
{
    /// <summary>Front matter <c>date</c> (free text, shown as "Updated …"), as in Hugo and MkDocs.</summary>
    public string? Date { get; init; }

    /// <summary>Front matter <c>tags</c>: shown on the page and indexed for search.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
