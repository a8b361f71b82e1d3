namespace SiteGen.Templates.Views;

/// <summary>What every page knows about the site (header, navigation, footer, assets).</summary>
internal sealed record SiteView(
    string Title,
    string? Description,
    string Language,
    string Root,
    IReadOnlyList<LinkView> Nav,
    IReadOnlyList<LinkView> Programs,
    string? FooterHtml,
    bool SearchEnabled,
    AssetUrls Assets);
