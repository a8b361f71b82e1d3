namespace SiteGen.Templates.Views;

internal sealed record TocEntryView(int Level, string Id, string Text);
