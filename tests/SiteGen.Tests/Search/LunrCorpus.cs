using System.Text;

namespace SiteGen.Tests.Search;

/// <summary>
/// A deterministic corpus of varied documents (unicode, İ, Σ, emoji, hyphens, section numbers, acronyms,
/// checksums, very short/long/empty/null fields, numeric refs) and queries exercising lunr's syntax.
/// Uses its own PRNG so the corpus never changes with the runtime.
/// </summary>
internal sealed class LunrCorpus
{
    public static readonly string[] Fields = ["title", "id", "body", "program", "tags"];

    private static readonly string[] Words =
    [
        "transfer", "information", "document", "required", "partner", "submit", "release", "installation",
        "upgrade", "procedures", "section", "checksum", "checksums", "download", "landing", "page", "publish",
        "delivery", "delivered", "descriptor", "validation", "re-validation", "package", "contains", "manifest",
        "digests", "glossary", "operational", "knowledge", "support", "team", "generalizations", "connections",
        "running", "hopping", "happy", "crying", "relational", "conditional", "rational", "digitizer",
        "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formality", "sensitivity",
        "triplicate", "formative", "formalize", "electrical", "goodness", "revival", "allowance", "inference",
        "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "communism", "activate", "homologous", "effective", "bowdlerize", "probate",
        "cease", "controll", "roll", "yesterday", "yellow", "yes", "sky", "agreed", "feed", "bled", "sing",
        "caresses", "ponies", "ties", "cats", "plastered", "motoring", "conflated", "troubled", "sized",
        "tanned", "falling", "hissing", "fizzed", "failing", "filing", "the", "a", "of", "and", "with", "must",
        "should", "may", "not", "every", "vSphere", "appliance", "virtual", "machine", "network", "storage",
        "certificate", "certification", "program", "programs", "vendor", "vendors", "hotfix", "hot-fix",
        "question?", "answer!", "(TOI)", "\"quoted\"", "'single'", "e.g.", "i.e.", "etc.", "ovf:Name",
        "ovf:Version", "MD5/SHA-256", "SHA-256", "MD5", "TOI", "OVF", "API", "REST", "JSON", "3.3.2.2",
        "1.2.3", "10", "42", "007", "5,000", "$5,000", "1.5%", "100%", "x86_64", "__init__", "snake_case",
        "café", "naïve", "über", "résumé", "İstanbul", "İİ", "ΟΔΟΣ", "aΣ1", "ΣΑΣ", "αΣ", "Σ", "日本語",
        "中文", "😀", "emoji😀", "😀smile", "Ǆemal", "ẞig", "straße", "Ångström", "ﬁle", "ǅ", "Ⅻ",
        "tab\tseparated", "no\u00A0break", "zero\uFEFFwidth", "line\u2028sep", "nel\u0085word", "a\u0307b",
        "--", "-", "—", "–dash", "back\\slash", "a/b/c", "<b>tag</b>", "&amp;", "new\nline", "ctrl\u0001char",
        "constructor", "__proto__", "toString", "hasOwnProperty", "_index", "valueOf",
    ];

    private static readonly string[] Programs = ["vsphere", "nsx", "vsan", "horizon", "tanzu", "cloud-director"];
    private static readonly string[] Kinds = ["rule", "section", "term", "page"];

    private ulong _state;

    private LunrCorpus(ulong seed) => _state = seed;

    public static IReadOnlyList<CorpusDocument> Documents(int count, ulong seed = 20261122)
    {
        var g = new LunrCorpus(seed);
        var docs = new List<CorpusDocument>(count);
        var refs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var docRef = g.Ref(i);
            while (!refs.Add(docRef))
            {
                docRef += "~" + i;
            }

            docs.Add(g.Document(i, docRef));
        }

        return docs;
    }

    public static IReadOnlyList<string> Queries(int generated, ulong seed = 7)
    {
        var queries = new List<string>
        {
            "toi", "TOI document", "transfer of information", "md5", "sha-256", "sha\\-256", "3.3.2.2", "hot fix",
            "hot\\-fix", "hotfix", "ovf", "ovf~1", "ovf~2", "title:toi", "body:checksum", "tags:glossary",
            "program:vsphere", "id:3.3.2.2", "+toi +release", "+toi -release", "-glossary", "toi^10 ovf",
            "check*", "*sum", "re*", "*", "c*m", "connect", "generalization", "yesterday", "caf", "café", "über",
            "istanbul", "i̇stanbul", "ςσ", "aς1", "5,000", "$5,000", "1.5%", "10", "007", "42", "days",
            "nonexistentterm", "+nonexistentterm toi", "nosuchfield:toi", "ovf:Name", "title:", "question",
            "question?", "e.g", "x86_64", "__proto__", "constructor", "tostring", "hasownproperty", "_index",
            "title:vsphere^5 body:network", "+title:certif -body:network", "program:nsx +tags:hot*",
            "emoji", "😀", "\"quoted\"", "back\\\\slash", "a/b/c", "md5/sha", "vsphere~1 +machine",
            "certif*~1", "title:re*", "body:*ing", "-title:toi +body:toi", "release^0.5 program^2",
        };

        var g = new LunrCorpus(seed);
        string Word() => g.Pick(Words).ToLowerInvariant().Replace(":", "\\:", StringComparison.Ordinal);
        for (var i = 0; i < generated; i++)
        {
            var w = Word();
            var field = g.Pick(Fields);
            queries.Add((i % 10) switch
            {
                0 => w,
                1 => field + ":" + w,
                2 => w.Length > 2 ? w[..2] + "*" : w + "*",
                3 => "*" + (w.Length > 2 ? w[^2..] : w),
                4 => w + "~1",
                5 => "+" + w + " +" + Word(),
                6 => "+" + w + " -" + Word(),
                7 => w + "^" + (1 + g.Next(10)) + " " + Word(),
                8 => w + " " + Word() + " " + Word(),
                _ => "-" + w,
            });
        }

        return queries.Where(q => !q.Contains('\n') && !q.Trim().StartsWith('#') && q.Trim().Length > 0).ToList();
    }

    private CorpusDocument Document(int i, string docRef)
    {
        var kind = Kinds[i % Kinds.Length];
        string? title = (i % 37) switch
        {
            0 => null,
            1 => string.Empty,
            2 => Pick(Words),
            _ => Sentence(1 + Next(8)),
        };
        var id = (i % 5) switch
        {
            0 => $"{1 + Next(9)}.{1 + Next(9)}.{1 + Next(9)}.{1 + Next(9)}",
            1 => Pick(["TOI", "OVF", "MD5", "SHA-256", "hex-toi-required", "rule-" + i]),
            2 => string.Empty,
            3 => $"VMW-{Next(100000):D5}",
            _ => Pick(Words),
        };
        var bodyLength = (i % 23) switch
        {
            0 => 0,
            1 => 1,
            2 => 1500 + Next(1500),
            _ => 5 + Next(120),
        };
        string? body = i % 41 == 0 ? null : Sentence(bodyLength);
        var programs = string.Join(' ', Enumerable.Range(0, Next(3)).Select(_ => Pick(Programs)));
        var tags = string.Join(' ', Enumerable.Range(0, Next(4)).Select(_ => Pick(Words)));
        double boost = (i % 13) switch
        {
            0 => 2,
            1 => 0.5,
            2 => 0,
            _ => 1,
        };
        return new CorpusDocument(docRef, kind, title, id, body, programs, tags, boost);
    }

    private string Ref(int i) => (i % 17) switch
    {
        0 => (i * 3).ToString(System.Globalization.CultureInfo.InvariantCulture), // array-index refs
        1 => "0" + i,                                                             // not an array index
        2 => i % 2 == 0 ? "4294967295" : "4294967294",
        3 => $"/glossary/#term-{i}",
        4 => $"/guides/caf\u00e9-{i}/#s\"q\\{i}",
        _ => $"/rules/{Pick(Programs)}/{Pick(Words).ToLowerInvariant().Replace(' ', '-')}-{i}/",
    };

    private string Sentence(int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(Next(12) switch { 0 => "  ", 1 => " - ", 2 => ", ", 3 => "\n", _ => " " });
            }

            var word = Pick(Words);
            sb.Append(Next(6) switch { 0 => word.ToUpperInvariant(), 1 => char.ToUpperInvariant(word[0]) + word[1..], _ => word });
        }

        return sb.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private int Next(int bound)
    {
        // SplitMix64
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)bound);
    }
}
