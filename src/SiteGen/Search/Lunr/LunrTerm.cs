namespace SiteGen.Search.Lunr;

/// <summary>
/// One inverted-index entry while building: the term, its first-seen number (<c>_index</c>), and per field
/// the documents containing it in first-insertion order, with their whitelisted metadata as
/// (start, length, index) triples.
/// </summary>
internal sealed class LunrTerm
{
    public LunrTerm(string text, int index, int fieldCount, bool keepsMetadata)
    {
        Text = text;
        Index = index;
        Docs = new List<int>?[fieldCount];
        Metadata = keepsMetadata ? new List<List<int>>?[fieldCount] : null;
    }

    public string Text { get; }

    public int Index { get; }

    public List<int>?[] Docs { get; }

    public List<List<int>>?[]? Metadata { get; }

    /// <summary>The field-ref slot currently counting this term (builder scratch).</summary>
    internal int Stamp { get; set; } = -1;

    /// <summary>Occurrences in the field-ref named by <see cref="Stamp"/> (builder scratch).</summary>
    internal int Frequency { get; set; }

    public int DocumentsWithTerm
    {
        get
        {
            var n = 0;
            foreach (var docs in Docs)
            {
                n += docs?.Count ?? 0;
            }

            return n;
        }
    }
}
