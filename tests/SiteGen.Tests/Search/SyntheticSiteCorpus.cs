using System.Text;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// Realistic-looking <see cref="SearchDocument"/>s for size and speed measurements: a Zipf-distributed
/// vocabulary (common English words plus generated ones), rule ids, section numbers, programs and levels.
/// Deterministic (own PRNG). Also compiled into bench/search/SearchBench.
/// </summary>
internal sealed class SyntheticSiteCorpus
{
    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "is", "must", "should", "be", "for", "with", "partner", "product",
        "document", "release", "version", "support", "install", "installation", "upgrade", "configuration",
        "network", "storage", "virtual", "machine", "appliance", "certificate", "security", "update", "patch",
        "hot", "fix", "download", "page", "checksum", "MD5", "SHA-256", "TOI", "OVF", "API", "vSphere", "NSX",
        "requirement", "required", "test", "tests", "testing", "result", "results", "log", "logs", "submit",
        "review", "approval", "customer", "vendor", "program", "guide", "section", "table", "appendix", "step",
        "each", "all", "any", "when", "after", "before", "within", "days", "file", "files", "package", "image",
        "deployment", "deploy", "license", "compatibility", "matrix", "driver", "firmware", "hardware", "server",
    ];

    private static readonly string[] Syllables =
    [
        "ab", "ac", "al", "an", "ar", "ba", "be", "ca", "ce", "co", "de", "di", "do", "el", "en", "er", "fa", "fi",
        "ga", "ge", "in", "is", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "no", "or", "pa", "pe",
        "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "tu", "un", "ur", "va", "ve",
        "tion", "ment", "ing", "ed", "er", "al", "ous", "ness", "ize", "ate",
    ];

    private static readonly string[] Programs = ["vsphere", "nsx", "vsan", "horizon", "tanzu", "cloud-director", "aria"];
    private static readonly string[] Levels = ["must", "should", "may", "info"];
    private static readonly string[] Kinds = ["rule", "rule", "rule", "section", "section", "term", "page"];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private ulong _state;

    private SyntheticSiteCorpus(ulong seed, int vocabularySize)
    {
        _state = seed;
        var words = new List<string>(Common);
        var seen = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        while (words.Count < vocabularySize)
        {
            var w = new StringBuilder();
            var n = 2 + Next(3);
            for (var i = 0; i < n; i++)
            {
                w.Append(Syllables[Next(Syllables.Length)]);
            }

            if (seen.Add(w.ToString()))
            {
                words.Add(w.ToString());
            }
        }

        _vocabulary = [.. words];
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < _vocabulary.Length; i++)
        {
            total += 1.0 / (i + 1); // Zipf, s = 1
            _cumulative[i] = total;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public static IReadOnlyList<SearchDocument> Generate(int count, ulong seed = 42, int vocabularySize = 8000)
    {
        var g = new SyntheticSiteCorpus(seed, vocabularySize);
        var docs = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            docs.Add(g.Document(i));
        }

        return docs;
    }

    public static IReadOnlyList<SearchSynonym> Synonyms() =>
    [
        new("TOI", "Transfer of Information"),
        new("OVF", "Open Virtualization Format"),
        new("HCL", "Hardware Compatibility List"),
    ];

    private SearchDocument Document(int i)
    {
        var kind = Kinds[Next(Kinds.Length)];
        var program = Programs[Next(Programs.Length)];
        var section = $"{1 + Next(9)}.{1 + Next(9)}.{1 + Next(9)}";
        var (docRef, id) = kind switch
        {
            "rule" => ($"/rules/{program}/r{i:D5}/", $"{program.ToUpperInvariant()}-{i:D5}"),
            "section" => ($"/guides/{program}/#s-{section.Replace('.', '-')}-{i}", section),
            "term" => ($"/glossary/#t{i}", Word().ToUpperInvariant()),
            _ => ($"/pages/p{i}/", string.Empty),
        };
        var programs = Next(5) == 0 ? new[] { program, Programs[Next(Programs.Length)] } : [program];
        var bodyWords = kind == "term" ? 15 + Next(30) : 40 + Next(160);
        return new SearchDocument(
            docRef,
            kind,
            Title(),
            Sentence(bodyWords),
            id,
            programs,
            kind == "rule" ? Levels[Next(Levels.Length)] : null,
            [.. Enumerable.Range(0, Next(3)).Select(_ => Word().ToLowerInvariant())]);
    }

    private string Title()
    {
        var t = Sentence(3 + Next(7));
        return char.ToUpperInvariant(t[0]) + t[1..].TrimEnd('.');
    }

    private string Sentence(int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(Next(14) == 0 ? ". " : Next(12) == 0 ? ", " : " ");
            }

            sb.Append(Word());
        }

        return sb.Append('.').ToString();
    }

    private string Word()
    {
        var u = NextDouble();
        var i = Array.BinarySearch(_cumulative, u);
        return _vocabulary[i < 0 ? Math.Min(~i, _vocabulary.Length - 1) : i];
    }

    private double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    private int Next(int bound) => (int)(NextULong() % (ulong)bound);

    private ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
