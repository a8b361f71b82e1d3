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
    string Text);
