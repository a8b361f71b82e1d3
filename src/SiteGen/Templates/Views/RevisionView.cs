namespace SiteGen.Templates.Views;

internal sealed record RevisionView(string Version, string? Date, string ChangesHtml);
