namespace SiteGen.Templates.Views;

internal sealed record TermView(string Term, string Anchor, string? Expansion, string DefinitionHtml, IReadOnlyList<LinkView> Related, string? Source, string? LetterAnchor);
