namespace SiteGen.Content.Model;

internal sealed record NavLink(string Title, string Url);
