namespace SiteGen.Search.Lunr;

/// <summary>Memoizes <see cref="PorterStemmer.Stem"/>; looked up by span so cache hits allocate nothing. Not thread-safe.</summary>
internal sealed class StemCache
{
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StemCache()
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _stems.Count;

    public string Stem(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var key = word.ToString();
        stem = PorterStemmer.Stem(key);
        _stems[key] = stem;
        return stem;
    }
}
