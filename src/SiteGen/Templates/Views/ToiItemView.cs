namespace SiteGen.Templates.Views;

internal sealed record ToiItemView(string Id, string? Title, string? TextHtml, IReadOnlyList<ToiItemView> Items);
