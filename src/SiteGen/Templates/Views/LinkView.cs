namespace SiteGen.Templates.Views;

internal sealed record LinkView(string Title, string Url, bool Current = false, string? Note = null);
