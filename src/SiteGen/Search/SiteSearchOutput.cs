namespace SiteGen.Search;

/// <summary>
/// The files the client loads: a small first-result index, the full lunr index, result metadata (element i for
/// lunr ref "i") and synonym groups. <see cref="FirstResultGzipBytes"/> is what a visitor downloads before the
/// first result (quick + docs + synonyms, gzip); <see cref="FullGzipBytes"/> adds the full index.
/// </summary>
internal sealed record SiteSearchOutput(
    byte[] QuickIndexJson,
    byte[] IndexJson,
    byte[] DocsJson,
    byte[] SynonymsJson,
    int FirstResultGzipBytes)
{
    /// <summary>Computed on demand (the bench reports it; the build does not need it).</summary>
    public int FullGzipBytes => FirstResultGzipBytes + SiteSearchIndex.GzipSize(IndexJson);

    public const string QuickIndexPath = "search/quick.json";
    public const string IndexPath = "search/index.json";
    public const string DocsPath = "search/docs.json";
    public const string SynonymsPath = "search/synonyms.json";

    public IEnumerable<(string Path, byte[] Content)> Files()
    {
        yield return (QuickIndexPath, QuickIndexJson);
        yield return (IndexPath, IndexJson);
        yield return (DocsPath, DocsJson);
        yield return (SynonymsPath, SynonymsJson);
    }
}
