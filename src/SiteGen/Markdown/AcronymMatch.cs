namespace SiteGen.Markdown;

internal readonly record struct AcronymMatch(int Index, int Length, string Term, bool Known);
