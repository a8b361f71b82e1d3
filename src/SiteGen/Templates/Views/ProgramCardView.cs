namespace SiteGen.Templates.Views;

internal sealed record ProgramCardView(string Id, string Name, string ShortName, string Url, string SummaryHtml, string GuideTitle, string GuideVersion, int Must, int Should, int May, int Info, int Chapters);
