namespace SiteGen.Search.Lunr;

/// <summary>
/// Builds a lunr 2.3.9 index the way <c>lunr.Builder</c> does (default pipeline: trimmer, stopWordFilter,
/// stemmer; BM25 with k1 = 1.2, b = 0.75), so that <see cref="LunrIndexWriter"/> writes the bytes
/// <c>JSON.stringify(idx)</c> would. Field values are strings or null. Unlike lunr, a duplicate ref is
/// rejected (lunr half-merges it), and field names must be plain names: not array indices, not
/// <c>_index</c>, no <c>/</c>. Not thread-safe; build once.
/// </summary>
internal sealed class LunrIndexBuilder
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    private readonly LunrField[] _fields;
    private readonly string[] _whitelist;
    private readonly string[] _searchPipeline;
    private readonly Dictionary<string, LunrTerm> _terms = new(StringComparer.Ordinal);

    // Trimmed word → its term after stop-word filter and stemmer (null: a stop word). One lookup per token.
    private readonly Dictionary<string, LunrTerm?> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly List<string> _docRefs = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private readonly List<double> _docBoosts = [];
    private readonly List<FieldRefTerms> _fieldRefs = [];
    private readonly List<LunrTerm> _scratchTerms = [];
    private bool _built;

    public LunrIndexBuilder(
        IReadOnlyList<LunrField> fields,
        IReadOnlyList<string>? metadataWhitelist = null,
        IReadOnlyList<string>? searchPipeline = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Name.Length == 0 || field.Name.Contains('/') || field.Name == "_index"
                || JsPropertyOrder.ArrayIndex(field.Name) >= 0 || !names.Add(field.Name))
            {
                throw new ArgumentException($"Field name '{field.Name}' is empty, duplicated, '_index', an array index or contains '/'.", nameof(fields));
            }
        }

        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _fields = [.. fields];
        _whitelist = metadataWhitelist is null ? [] : [.. metadataWhitelist];
        _searchPipeline = searchPipeline is null ? ["stemmer"] : [.. searchPipeline];
    }

    public IReadOnlyList<LunrField> Fields => _fields;

    public int DocumentCount => _docRefs.Count;

    public bool Contains(string docRef) => _refSet.Contains(docRef);

    /// <summary>Adds a document: <paramref name="values"/> holds one value per field, in field order.</summary>
    public void Add(string docRef, IReadOnlyList<string?> values, double boost = 1)
    {
        if (_built)
        {
            throw new InvalidOperationException("The index has already been built.");
        }

        if (values.Count != _fields.Length)
        {
            throw new ArgumentException($"Expected {_fields.Length} field values, got {values.Count}.", nameof(values));
        }

        if (!_refSet.Add(docRef))
        {
            throw new ArgumentException($"Duplicate document ref '{docRef}'.", nameof(docRef));
        }

        var doc = _docRefs.Count;
        _docRefs.Add(docRef);
        _docBoosts.Add(boost == 0 || double.IsNaN(boost) ? 1 : boost);

        for (var f = 0; f < _fields.Length; f++)
        {
            var state = new AddState(this, doc, f, _fieldRefs.Count);
            _scratchTerms.Clear();
            RunPipeline(values[f], ref state);

            var terms = _scratchTerms.ToArray();
            var frequencies = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                frequencies[i] = terms[i].Frequency;
            }

            _fieldRefs.Add(new FieldRefTerms(doc, f, state.Length, terms, frequencies));
        }
    }

    /// <summary>Tokenizer, trimmer, stopWordFilter and stemmer (as <see cref="LunrTextPipeline"/>), fused.</summary>
    private void RunPipeline(string? value, ref AddState state)
    {
        if (value is null)
        {
            return;
        }

        var span = JsLowerCase.Apply(value).AsSpan();
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
                var word = LunrTrimmer.Trim(span[start..end]);
                if (!_wordLookup.TryGetValue(word, out var term))
                {
                    term = LunrStopWords.Contains(word) ? null : TermFor(PorterStemmer.Stem(word.ToString()));
                    _wordLookup[word] = term;
                }

                if (term is not null)
                {
                    AddTerm(ref state, term, start, end - start, index);
                }

                index++;
            }

            start = end + 1;
        }
    }

    private LunrTerm TermFor(string text)
    {
        if (!_terms.TryGetValue(text, out var term))
        {
            term = new LunrTerm(text, _terms.Count, _fields.Length, _whitelist.Length > 0);
            _terms.Add(text, term);
        }

        return term;
    }

    private void AddTerm(ref AddState state, LunrTerm term, int start, int length, int index)
    {
        var self = this;
        state.Length++;

        if (term.Stamp != state.Slot)
        {
            term.Stamp = state.Slot;
            term.Frequency = 0;
            self._scratchTerms.Add(term);
            (term.Docs[state.Field] ??= []).Add(state.Doc);
            if (term.Metadata is { } postings)
            {
                (postings[state.Field] ??= []).Add(new List<int>(3));
            }
        }

        term.Frequency++;
        if (term.Metadata is { } metadata)
        {
            var list = metadata[state.Field]!;
            var entry = list[^1];
            entry.Add(start);
            entry.Add(length);
            entry.Add(index);
        }
    }

    public LunrIndex Build()
    {
        _built = true;
        var fieldCount = _fields.Length;
        var docCount = _docRefs.Count;

        // Average field length: every document has every field, so the divisor is the document count.
        var averages = new double[fieldCount];
        var sums = new long[fieldCount];
        foreach (var fr in _fieldRefs)
        {
            sums[fr.Field] += fr.Length;
        }

        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = (double)sums[f] / docCount;
        }

        var idf = new double[_terms.Count];
        foreach (var term in _terms.Values)
        {
            double n = term.DocumentsWithTerm;
            var x = (docCount - n + 0.5) / (n + 0.5);
            idf[term.Index] = Math.Log(1 + Math.Abs(x));
        }

        var vectors = new LunrFieldVector[_fieldRefs.Count];
        for (var i = 0; i < _fieldRefs.Count; i++)
        {
            var fr = _fieldRefs[i];
            var count = fr.Terms.Length;
            var indexes = new int[count];
            var values = new double[count];
            var fieldBoost = _fields[fr.Field].Boost;
            if (fieldBoost == 0 || double.IsNaN(fieldBoost))
            {
                fieldBoost = 1;
            }

            var docBoost = _docBoosts[fr.Doc];
            var lengthRatio = fr.Length / averages[fr.Field];
            for (var j = 0; j < count; j++)
            {
                var term = fr.Terms[j];
                double tf = fr.Frequencies[j];
                var score = idf[term.Index] * ((K1 + 1) * tf) / ((K1 * (1 - B + (B * lengthRatio))) + tf);
                score *= fieldBoost;
                score *= docBoost;
                indexes[j] = term.Index;
                values[j] = JsRound(score * 1000) / 1000;
            }

            Array.Sort(indexes, values);
            vectors[i] = new LunrFieldVector(_fields[fr.Field].Name + "/" + _docRefs[fr.Doc], indexes, values);
        }

        var sorted = new LunrTerm[_terms.Count];
        _terms.Values.CopyTo(sorted, 0);
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Text, b.Text));

        return new LunrIndex(
            [.. _fields.Select(f => f.Name)],
            [.. _docRefs],
            vectors,
            sorted,
            _whitelist,
            _searchPipeline);
    }

    /// <summary>JavaScript <c>Math.round</c>: nearest, ties towards +∞.</summary>
    public static double JsRound(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        var r = Math.Floor(x);
        if (x - r >= 0.5)
        {
            r += 1;
        }

        return r;
    }

    private struct AddState(LunrIndexBuilder builder, int doc, int field, int slot)
    {
        public readonly LunrIndexBuilder Builder = builder;
        public readonly int Doc = doc;
        public readonly int Field = field;
        public readonly int Slot = slot;
        public int Length;
    }

    private sealed record FieldRefTerms(int Doc, int Field, int Length, LunrTerm[] Terms, int[] Frequencies);
}
