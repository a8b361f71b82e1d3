namespace SiteGen.Content.Model;

/// <summary>site.yaml.</summary>
internal sealed record SiteConfig(
    string Title,
    string? Description,
    string? BaseUrl,
    string Language,
    IReadOnlyList<Located<string>> ProgramIds,
    IReadOnlyList<NavLink> Nav,
    string? Footer,
    bool SearchEnabled,
    IReadOnlyList<string> CheckIgnore);
