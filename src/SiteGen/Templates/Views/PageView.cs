namespace SiteGen.Templates.Views;

/// <summary>The root object every layout receives. <see cref="Main"/> is the page kind's own model.</summary>
internal sealed record PageView(
    SiteView Site,
    string Title,
    string Url,
    string? Description,
    string Kind,
    IReadOnlyList<LinkView> Breadcrumbs,
    object Main)
{
    public string FullTitle => Url == Site.Root ? Site.Title : $"{Title} — {Site.Title}";

    public string ContentHtml { get; init; } = string.Empty;
}
