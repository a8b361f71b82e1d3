namespace SiteGen.Templates.Views;

internal sealed record OptionView(string Value, string Label, int Count);
