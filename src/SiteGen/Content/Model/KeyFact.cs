namespace SiteGen.Content.Model;

internal sealed record KeyFact(string Label, string Value, string? Section);
