namespace SiteGen.Search.Lunr;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the exact bytes of lunr.js 2.3.9's <c>JSON.stringify(idx)</c>:
/// <c>{"version","fields","fieldVectors","invertedIndex","pipeline"}</c>, compact, no trailing newline.
/// </summary>
internal static class LunrIndexWriter
{
    public const string Version = "2.3.9";

    public static void Write(LunrIndex index, JsJsonWriter json)
    {
        json.Raw("{\"version\":\""u8);
        json.Raw("2.3.9"u8);
        json.Raw("\",\"fields\":"u8);
        StringArray(json, index.Fields);

        json.Raw(",\"fieldVectors\":["u8);
        var first = true;
        foreach (var vector in index.FieldVectors)
        {
            if (!first)
            {
                json.Raw((byte)',');
            }

            first = false;
            json.Raw((byte)'[');
            json.String(vector.FieldRef);
            json.Raw(",["u8);
            for (var i = 0; i < vector.TermIndexes.Length; i++)
            {
                if (i > 0)
                {
                    json.Raw((byte)',');
                }

                json.Int(vector.TermIndexes[i]);
                json.Raw((byte)',');
                json.Thousandths(vector.Values[i]);
            }

            json.Raw("]]"u8);
        }

        json.Raw("],\"invertedIndex\":["u8);
        var order = new PostingOrder(index.DocRefs);
        var refKeys = Keys(index.DocRefs, ":"u8);
        var fieldKeys = Keys(index.Fields, ":{"u8);
        first = true;
        foreach (var term in index.SortedTerms)
        {
            if (!first)
            {
                json.Raw((byte)',');
            }

            first = false;
            WriteTerm(json, index, term, order, refKeys, fieldKeys);
        }

        json.Raw("],\"pipeline\":"u8);
        StringArray(json, index.SearchPipeline);
        json.Raw((byte)'}');
    }

    /// <summary>Each string as a JSON string followed by <paramref name="suffix"/>, encoded once.</summary>
    private static byte[][] Keys(IReadOnlyList<string> values, ReadOnlySpan<byte> suffix)
    {
        var keys = new byte[values.Count][];
        var scratch = new JsJsonWriter(256);
        for (var i = 0; i < keys.Length; i++)
        {
            scratch.Clear();
            scratch.String(values[i]);
            scratch.Raw(suffix);
            keys[i] = scratch.ToArray();
        }

        return keys;
    }

    private static void WriteTerm(JsJsonWriter json, LunrIndex index, LunrTerm term, PostingOrder order, byte[][] refKeys, byte[][] fieldKeys)
    {
        json.Raw((byte)'[');
        json.String(term.Text);
        json.Raw(",{\"_index\":"u8);
        json.Int(term.Index);
        for (var f = 0; f < index.Fields.Count; f++)
        {
            json.Raw((byte)',');
            json.Raw(fieldKeys[f]);
            var docs = term.Docs[f];
            if (docs is not null)
            {
                var permutation = order.Permutation(docs);
                for (var i = 0; i < docs.Count; i++)
                {
                    var k = permutation is null ? i : permutation[i];
                    if (i > 0)
                    {
                        json.Raw((byte)',');
                    }

                    json.Raw(refKeys[docs[k]]);
                    if (index.MetadataWhitelist.Count == 0)
                    {
                        json.Raw("{}"u8);
                        continue;
                    }

                    WriteMetadata(json, index, index.Fields[f], term.Metadata?[f]?[k]);
                }
            }

            json.Raw((byte)'}');
        }

        json.Raw("}]"u8);
    }

    private static void WriteMetadata(JsJsonWriter json, LunrIndex index, string field, List<int>? triples)
    {
        json.Raw((byte)'{');
        for (var w = 0; w < index.MetadataWhitelist.Count; w++)
        {
            var key = index.MetadataWhitelist[w];
            if (w > 0)
            {
                json.Raw((byte)',');
            }

            json.String(key);
            json.Raw(":["u8);
            var count = triples is null ? 0 : triples.Count / 3;
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    json.Raw((byte)',');
                }

                switch (key)
                {
                    case "position":
                        json.Raw((byte)'[');
                        json.Int(triples![i * 3]);
                        json.Raw((byte)',');
                        json.Int(triples[(i * 3) + 1]);
                        json.Raw((byte)']');
                        break;
                    case "index":
                        json.Int(triples![(i * 3) + 2]);
                        break;
                    case "fields":
                        json.Raw((byte)'[');
                        json.String(field);
                        json.Raw((byte)']');
                        break;
                    default:
                        json.Raw("null"u8);
                        break;
                }
            }

            json.Raw((byte)']');
        }

        json.Raw((byte)'}');
    }

    private static void StringArray(JsJsonWriter json, IReadOnlyList<string> values)
    {
        json.Raw((byte)'[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                json.Raw((byte)',');
            }

            json.String(values[i]);
        }

        json.Raw((byte)']');
    }
}
