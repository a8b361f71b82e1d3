using System.Text.RegularExpressions;

namespace SiteGen.Markdown;

/// <summary>
/// Glossary terms with expansions, for <c>&lt;abbr&gt;</c>, plus the rule for what counts as an acronym
/// (two or more capitals/digits starting with a capital, an optional plural 's').
/// </summary>
internal sealed partial class AcronymIndex
{
    private static readonly HashSet<string> NotAcronyms = new(StringComparer.Ordinal)
    {
        "MUST", "SHOULD", "MAY", "NOT", "SHALL", "REQUIRED", "OPTIONAL", "RECOMMENDED", "AND", "OR", "NO", "YES", "ONLY",
    };

    private readonly Dictionary<string, string?> _terms;
    private readonly Regex? _multiWord;

    public AcronymIndex(IEnumerable<(string Term, string? Expansion)> terms)
    {
        _terms = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (term, expansion) in terms)
        {
            _terms.TryAdd(term, expansion);
        }

        var multi = _terms.Keys.Where(t => t.Contains(' ', StringComparison.Ordinal) && IsAcronymShaped(t.Replace(" ", string.Empty, StringComparison.Ordinal)))
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        _multiWord = multi.Count == 0
            ? null
            : new Regex(@"(?<![\w-])(" + string.Join('|', multi.Select(Regex.Escape)) + @")(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static AcronymIndex Empty { get; } = new([]);

    public bool IsDefined(string term) => _terms.ContainsKey(term);

    public string? Expansion(string term) => _terms.GetValueOrDefault(term);

    /// <summary>Finds acronym-shaped words and known multi-word acronyms in a run of text, in order.</summary>
    public IReadOnlyList<AcronymMatch> Find(string text)
    {
        List<AcronymMatch>? multi = null;
        if (_multiWord is not null)
        {
            foreach (Match m in _multiWord.Matches(text))
            {
                (multi ??= []).Add(new AcronymMatch(m.Index, m.Length, m.Value, true));
            }
        }

        var matches = new List<AcronymMatch>();
        foreach (Match m in Word().Matches(text))
        {
            if (multi is not null && multi.Exists(x => m.Index < x.Index + x.Length && x.Index < m.Index + m.Length))
            {
                continue;
            }

            var word = m.Groups["w"].Value;
            if (NotAcronyms.Contains(word))
            {
                continue;
            }

            var plural = m.Groups["s"].Success;
            var term = _terms.ContainsKey(word) ? word : plural && _terms.ContainsKey(word + "s") ? word + "s" : word;
            matches.Add(new AcronymMatch(m.Index, word.Length + (plural ? 1 : 0), term, _terms.ContainsKey(term)));
        }

        if (multi is null)
        {
            return matches;
        }

        matches.AddRange(multi);
        matches.Sort((a, b) => a.Index.CompareTo(b.Index));
        return matches;
    }

    private static bool IsAcronymShaped(string text) => Word().IsMatch(text);

    [GeneratedRegex(@"(?<![\w./:@-])(?<w>[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(?<s>s)?(?![\w@]|-[\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
