namespace SiteGen.Markdown;

internal sealed record HeadingInfo(int Level, string Id, string Text);
