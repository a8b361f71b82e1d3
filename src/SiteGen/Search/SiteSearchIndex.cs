using System.IO.Compression;
using SiteGen.Diagnostics;
using SiteGen.Search.Lunr;

namespace SiteGen.Search;

/// <summary>
/// The Index stage: turns the site's <see cref="SearchDocument"/>s into <c>search/index.json</c> (a lunr 2.3.9
/// index over <c>title^10 id^5 body program tags</c>), <c>search/quick.json</c> (the same without body text, loaded
/// first so the first result fits the download budget), <c>search/docs.json</c> (what a result shows; element i
/// for lunr ref "i") and <c>search/synonyms.json</c> (acronym groups the client expands both ways). Deterministic: documents
/// are indexed in ordinal ref order, whatever order they arrive in.
/// </summary>
internal static class SiteSearchIndex
{
    public const string DuplicateRefCode = "SG7001";
    public const string OverBudgetCode = "SG7002";

    public static readonly IReadOnlyList<LunrField> Fields =
    [
        new("title", 10), new("id", 5), new("body"), new("program"), new("tags"),
    ];

    /// <summary>The serialized search pipeline: the client trims query terms too, so <c>question?</c> finds <c>question</c>.</summary>
    public static readonly IReadOnlyList<string> SearchPipeline = ["trimmer", "stemmer"];

    public static SiteSearchOutput Build(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<SearchSynonym> synonyms,
        DiagnosticBag diagnostics,
        SiteSearchOptions? options = null)
    {
        options ??= SiteSearchOptions.Default;
        var docs = Unique(documents, diagnostics);

        // lunr repeats the ref in every posting and field vector, so the index uses the document's number
        // ("0", "1", …, in ordinal ref order) and docs.json maps it back.
        var indexJson = BuildIndex(docs, options, options.MaxBodyWords);
        var quickJson = BuildIndex(docs, options, options.QuickBodyWords <= 0 ? -1 : options.QuickBodyWords);
        var docsJson = DocsJson(docs, options);
        var synonymsJson = SynonymsJson(synonyms);
        var firstResult = GzipSize(quickJson) + GzipSize(docsJson) + GzipSize(synonymsJson);
        if (options.GzipBudgetBytes > 0 && firstResult > options.GzipBudgetBytes)
        {
            diagnostics.Warning(
                OverBudgetCode,
                $"search needs {firstResult / 1024.0:F1} KB gzip before the first result (quick.json + docs.json + synonyms.json), over the {options.GzipBudgetBytes / 1024} KB budget",
                location: null,
                hint: "shorten excerpts (ExcerptLength) or QuickBodyWords");
        }

        return new SiteSearchOutput(quickJson, indexJson, docsJson, synonymsJson, firstResult);
    }

    private static byte[] BuildIndex(List<SearchDocument> docs, SiteSearchOptions options, int maxBodyWords)
    {
        var builder = new LunrIndexBuilder(Fields, options.IncludePositions ? ["position"] : [], SearchPipeline);
        for (var i = 0; i < docs.Count; i++)
        {
            builder.Add(IndexRef(i), IndexValues(docs[i], maxBodyWords));
        }

        return builder.Build().ToJsonUtf8();
    }

    /// <summary>The lunr ref of the <paramref name="ordinal"/>-th document (ordinal ref order): its decimal number.</summary>
    public static string IndexRef(int ordinal) => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The five field values as the index sees them, in <see cref="Fields"/> order.</summary>
    /// <param name="maxBodyWords">0 = whole body, n &gt; 0 = first n words, negative = no body.</param>
    public static string?[] IndexValues(SearchDocument doc, int maxBodyWords = 0) =>
    [
        SearchText.ForIndex(doc.Title),
        SearchText.ForIndex(doc.Id),
        maxBodyWords < 0 ? string.Empty : SearchText.ForIndex(SearchText.FirstWords(doc.Body, maxBodyWords)),
        SearchText.ForIndex(string.Join(' ', doc.Programs)),
        SearchText.ForIndex(string.Join(' ', doc.Tags)),
    ];

    public static int GzipSize(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return (int)buffer.Length;
    }

    private static List<SearchDocument> Unique(IReadOnlyList<SearchDocument> documents, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<SearchDocument>(documents.Count);
        foreach (var doc in documents)
        {
            if (seen.Add(doc.Ref))
            {
                unique.Add(doc);
            }
            else
            {
                diagnostics.Warning(DuplicateRefCode, $"search document '{doc.Ref}' appears more than once; only the first is indexed", location: null);
            }
        }

        // Stable sort: among equal refs (none after de-duplication) the first wins.
        unique.Sort(static (a, b) => string.CompareOrdinal(a.Ref, b.Ref));
        return unique;
    }

    /// <summary>
    /// <c>[{"u":ref,"t":title,"k":kind,"p":[programs],"l":level,"x":excerpt},…]</c>, element i for lunr ref "i";
    /// l omitted when null.
    /// </summary>
    private static byte[] DocsJson(List<SearchDocument> docs, SiteSearchOptions options)
    {
        var json = new JsJsonWriter();
        json.Raw((byte)'[');
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            if (i > 0)
            {
                json.Raw((byte)',');
            }

            json.Raw("{\"u\":"u8);
            json.String(doc.Ref);
            json.Raw(",\"t\":"u8);
            json.String(doc.Title);
            json.Raw(",\"k\":"u8);
            json.String(doc.Kind);
            json.Raw(",\"p\":["u8);
            var programs = doc.Programs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var p = 0; p < programs.Count; p++)
            {
                if (p > 0)
                {
                    json.Raw((byte)',');
                }

                json.String(programs[p]);
            }

            json.Raw((byte)']');
            if (doc.Level is { } level)
            {
                json.Raw(",\"l\":"u8);
                json.String(level);
            }

            json.Raw(",\"x\":"u8);
            json.String(SearchText.Excerpt(doc.Body, options.ExcerptLength));
            json.Raw((byte)'}');
        }

        json.Raw((byte)']');
        return json.ToArray();
    }

    /// <summary>
    /// <c>{"groups":[["toi","transfer of information"],…]}</c>: lowercased, whitespace-collapsed spellings;
    /// pairs sharing a spelling are merged into one group; members and groups in ordinal order.
    /// </summary>
    private static byte[] SynonymsJson(IReadOnlyList<SearchSynonym> synonyms)
    {
        var groupOf = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var pair in synonyms)
        {
            var a = Normalize(pair.Term);
            var b = Normalize(pair.Expansion);
            if (a.Length == 0 || b.Length == 0 || a == b)
            {
                continue;
            }

            var group = groupOf.GetValueOrDefault(a) ?? groupOf.GetValueOrDefault(b) ?? new SortedSet<string>(StringComparer.Ordinal);
            foreach (var other in new[] { groupOf.GetValueOrDefault(a), groupOf.GetValueOrDefault(b) })
            {
                if (other is not null && !ReferenceEquals(other, group))
                {
                    group.UnionWith(other);
                }
            }

            group.Add(a);
            group.Add(b);
            foreach (var member in group)
            {
                groupOf[member] = group;
            }
        }

        var groups = groupOf.Values.Distinct().Select(g => g.ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal).ToList();
        var json = new JsJsonWriter(1024);
        json.Raw("{\"groups\":["u8);
        for (var g = 0; g < groups.Count; g++)
        {
            if (g > 0)
            {
                json.Raw((byte)',');
            }

            json.Raw((byte)'[');
            for (var m = 0; m < groups[g].Count; m++)
            {
                if (m > 0)
                {
                    json.Raw((byte)',');
                }

                json.String(groups[g][m]);
            }

            json.Raw((byte)']');
        }

        json.Raw("]}"u8);
        return json.ToArray();
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
