namespace SiteGen.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates a posting's docRef keys: refs that are array indices
/// (<c>"7"</c>, <c>"42"</c>) first, ascending numerically, then the rest in insertion order.
/// </summary>
internal sealed class PostingOrder
{
    private readonly long[] _arrayIndex;
    private readonly bool _any;

    public PostingOrder(IReadOnlyList<string> docRefs)
    {
        _arrayIndex = new long[docRefs.Count];
        for (var i = 0; i < docRefs.Count; i++)
        {
            _arrayIndex[i] = JsPropertyOrder.ArrayIndex(docRefs[i]);
            _any |= _arrayIndex[i] >= 0;
        }
    }

    /// <summary>Null when <paramref name="docs"/> (insertion order) is already in key order.</summary>
    public int[]? Permutation(List<int> docs)
    {
        if (!_any)
        {
            return null;
        }

        var hasIndexKey = false;
        foreach (var d in docs)
        {
            if (_arrayIndex[d] >= 0)
            {
                hasIndexKey = true;
                break;
            }
        }

        if (!hasIndexKey)
        {
            return null;
        }

        var permutation = new int[docs.Count];
        for (var i = 0; i < permutation.Length; i++)
        {
            permutation[i] = i;
        }

        var keys = _arrayIndex;
        Array.Sort(permutation, (a, b) =>
        {
            var ka = keys[docs[a]];
            var kb = keys[docs[b]];
            if (ka >= 0 && kb >= 0)
            {
                return ka.CompareTo(kb);
            }

            if (ka >= 0)
            {
                return -1;
            }

            return kb >= 0 ? 1 : a.CompareTo(b);
        });
        return permutation;
    }
}
