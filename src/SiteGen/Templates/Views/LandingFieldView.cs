namespace SiteGen.Templates.Views;

internal sealed record LandingFieldView(string Id, string Label, string Kind, bool Required, string DescriptionHtml, IReadOnlyList<LinkView> Rules, IReadOnlyList<string> DetectLabels, string? Pattern);
