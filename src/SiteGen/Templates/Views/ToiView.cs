namespace SiteGen.Templates.Views;

internal sealed record ToiView(string? Section, string? IntroHtml, IReadOnlyList<ToiItemView> Sections, IReadOnlyList<ToiItemView> Session);
