namespace SiteGen.Content.Model;

/// <summary>landing-page.yaml: what a partner's download landing page must show.</summary>
internal sealed record LandingPageSpec(string? Section, string? Intro, IReadOnlyList<LandingPageField> Fields);
