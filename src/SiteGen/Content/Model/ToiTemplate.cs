namespace SiteGen.Content.Model;

/// <summary>toi.yaml: what a Transfer of Information document must cover.</summary>
internal sealed record ToiTemplate(string? Section, string? Intro, IReadOnlyList<ToiItem> Sections, IReadOnlyList<ToiItem> Session);
