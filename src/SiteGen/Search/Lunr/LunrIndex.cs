namespace SiteGen.Search.Lunr;

/// <summary>A built lunr index, ready for <see cref="LunrIndexWriter"/>.</summary>
internal sealed class LunrIndex
{
    public LunrIndex(
        string[] fields,
        string[] docRefs,
        LunrFieldVector[] fieldVectors,
        LunrTerm[] sortedTerms,
        string[] metadataWhitelist,
        string[] searchPipeline)
    {
        Fields = fields;
        DocRefs = docRefs;
        FieldVectors = fieldVectors;
        SortedTerms = sortedTerms;
        MetadataWhitelist = metadataWhitelist;
        SearchPipeline = searchPipeline;
    }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>Document refs in add order (the document ordinals used in postings).</summary>
    public IReadOnlyList<string> DocRefs { get; }

    /// <summary>One per (document, field), documents in add order, fields in field order.</summary>
    public IReadOnlyList<LunrFieldVector> FieldVectors { get; }

    /// <summary>Inverted index entries in UTF-16 code-unit order.</summary>
    public IReadOnlyList<LunrTerm> SortedTerms { get; }

    public IReadOnlyList<string> MetadataWhitelist { get; }

    public IReadOnlyList<string> SearchPipeline { get; }

    public byte[] ToJsonUtf8()
    {
        var writer = new JsJsonWriter(EstimateSize());
        LunrIndexWriter.Write(this, writer);
        return writer.ToArray();
    }

    private int EstimateSize() =>
        (int)Math.Min(int.MaxValue / 2, 64L + (SortedTerms.Count * 64L) + (FieldVectors.Count * 96L));
}
