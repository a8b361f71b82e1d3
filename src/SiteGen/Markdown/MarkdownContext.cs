namespace SiteGen.Markdown;

/// <summary>
/// Where a piece of Markdown comes from. <paramref name="ContentPath"/> is the content-relative path of the
/// file whose folder relative links resolve against; <paramref name="LineOffset"/> is added to Markdig's
/// line numbers (Markdown inside a YAML block scalar starts below its key).
/// </summary>
/// <paramref name="ColumnOffset"/> is added to Markdig's columns (the indentation of a YAML block scalar).
internal sealed record MarkdownContext(string SourceFile, string ContentPath, int LineOffset = 0, bool Inline = false, bool AnchorHeadings = true, int ColumnOffset = 0);
