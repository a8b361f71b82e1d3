namespace SiteGen.Templates.Views;

internal sealed record FactView(string Label, string ValueHtml, string? Section);
