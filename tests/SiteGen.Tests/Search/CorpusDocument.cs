using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>One test document with the site's five index fields (null = JSON null) and a document boost.</summary>
internal sealed record CorpusDocument(string Ref, string Kind, string? Title, string? Id, string? Body, string? Program, string? Tags, double Boost)
{
    public string?[] Values => [Title, Id, Body, Program, Tags];

    /// <summary>Writes documents as a JSON array for build.js, with exact strings (JSON.stringify escaping).</summary>
    public static byte[] ToJson(IEnumerable<CorpusDocument> docs)
    {
        var json = new JsJsonWriter();
        json.Raw((byte)'[');
        var first = true;
        foreach (var d in docs)
        {
            if (!first)
            {
                json.Raw((byte)',');
            }

            first = false;
            json.Raw("{\"ref\":"u8);
            json.String(d.Ref);
            for (var f = 0; f < LunrCorpus.Fields.Length; f++)
            {
                json.Raw((byte)',');
                json.String(LunrCorpus.Fields[f]);
                json.Raw((byte)':');
                if (d.Values[f] is { } v)
                {
                    json.String(v);
                }
                else
                {
                    json.Raw("null"u8);
                }
            }

            json.Raw(",\"boost\":"u8);
            json.Number(d.Boost);
            json.Raw((byte)'}');
        }

        json.Raw((byte)']');
        return json.ToArray();
    }
}
