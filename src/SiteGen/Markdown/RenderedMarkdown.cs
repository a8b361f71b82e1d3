namespace SiteGen.Markdown;

internal sealed record RenderedMarkdown(string Html, IReadOnlyList<HeadingInfo> Headings, IReadOnlyList<TextSection> Sections, IReadOnlySet<string> UsedTerms);
