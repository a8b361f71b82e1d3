namespace SiteGen.Templates.Views;

/// <summary>Content-hashed URLs of the theme's assets.</summary>
internal sealed record AssetUrls(string Css, string PrintCss, string SiteJs, string? SearchJs, string? SearchCss, string? LunrJs);
