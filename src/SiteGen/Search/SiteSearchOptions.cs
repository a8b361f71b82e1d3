namespace SiteGen.Search;

/// <summary>Options for <see cref="SiteSearchIndex"/>; change with <c>with</c>.</summary>
/// <param name="ExcerptLength">Longest excerpt (UTF-16 code units, before the ellipsis) shipped in docs.json.</param>
/// <param name="IncludePositions">Whitelist lunr <c>position</c> metadata (≈ +35 % index size); the client highlights without it.</param>
/// <param name="MaxBodyWords">Index only the first this many words of a body (0 = all): the lunr index grows
/// about 4 bytes gzip per indexed word, so long bodies are what breaks the budget. Excerpts are unaffected.</param>
/// <param name="QuickBodyWords">Body words in <c>search/quick.json</c>, the small index the client loads first so the
/// first results arrive within the budget while the full index loads (0 = titles, ids, programs and tags only).</param>
/// <param name="GzipBudgetBytes">Warn (SG7002) when what the client needs for its first result — gzip(quick.json) +
/// gzip(docs.json) + gzip(synonyms.json) — exceeds this; 0 disables the check.</param>
internal sealed record SiteSearchOptions(
    int ExcerptLength = 180,
    bool IncludePositions = false,
    int MaxBodyWords = 0,
    int QuickBodyWords = 0,
    int GzipBudgetBytes = 200 * 1024)
{
    public static SiteSearchOptions Default { get; } = new();
}
