namespace SiteGen.Templates.Views;

internal sealed record LandingPageView(string? Section, string? IntroHtml, IReadOnlyList<LandingFieldView> Fields);
