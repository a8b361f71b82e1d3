namespace SiteGen.Search.Lunr;

/// <summary>
/// One token after the pipeline: its term, and the raw token's <c>position</c> (start and length in
/// UTF-16 code units of the lowercased field) and <c>index</c> (count of raw tokens before it).
/// </summary>
internal readonly record struct LunrToken(string Term, int Start, int Length, int Index);
