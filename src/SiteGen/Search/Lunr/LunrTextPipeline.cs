namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr's default index pipeline (tokenizer, then trimmer, stopWordFilter, stemmer) for one string field.
/// Terms are produced in token order; empty terms (a token the trimmer emptied) are kept, as lunr keeps them.
/// Not thread-safe (it owns a stem cache).
/// </summary>
internal sealed class LunrTextPipeline
{
    private readonly StemCache _stems = new();

    public int CachedStems => _stems.Count;

    /// <summary>Runs the pipeline over <paramref name="value"/> and calls <paramref name="onTerm"/> per kept term.</summary>
    public void Run<TState>(string? value, ref TState state, TermSink<TState> onTerm)
    {
        if (value is null)
        {
            return;
        }

        var lowered = JsLowerCase.Apply(value);
        var span = lowered.AsSpan();
        var start = 0;
        var index = 0;
        for (var end = 0; end <= span.Length; end++)
        {
            if (end != span.Length && !LunrTokenizer.IsSeparator(span[end]))
            {
                continue;
            }

            if (end > start)
            {
                var trimmed = LunrTrimmer.Trim(span[start..end]);
                if (!LunrStopWords.Contains(trimmed))
                {
                    onTerm(ref state, _stems.Stem(trimmed), start, end - start, index);
                }

                index++;
            }

            start = end + 1;
        }
    }

    /// <summary>Convenience form for tests and tools: the kept terms with their metadata.</summary>
    public List<LunrToken> Run(string? value)
    {
        var list = new List<LunrToken>();
        Run(value, ref list, static (ref List<LunrToken> l, string term, int start, int length, int index) =>
            l.Add(new LunrToken(term, start, length, index)));
        return list;
    }
}
