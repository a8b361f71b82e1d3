namespace SiteGen.Templates.Views;

internal sealed record ChapterLinkView(string Title, string? Section, string Url, string? Summary);
