using System.Text.RegularExpressions;

namespace SiteGen.Search.Lunr;

/// <summary>
/// <c>lunr.stemmer</c>: Martin Porter's JavaScript stemmer exactly as lunr 2.3.9 ships it, with the same
/// regular expressions (JavaScript <c>$</c> written <c>\z</c>, <c>.</c> written without line terminators).
/// A pure function; <see cref="StemCache"/> memoizes it.
/// </summary>
internal static partial class PorterStemmer
{
    private const string Cons = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsSeq = Cons + "[^aeiouy]*";
    private const string VowelSeq = Vowel + "[aeiou]*";
    private const string Mgr0 = "^(" + ConsSeq + ")?" + VowelSeq + ConsSeq;
    private const string Meq1 = "^(" + ConsSeq + ")?" + VowelSeq + ConsSeq + "(" + VowelSeq + ")?\\z";
    private const string Mgr1 = "^(" + ConsSeq + ")?" + VowelSeq + ConsSeq + VowelSeq + ConsSeq;
    private const string SV = "^(" + ConsSeq + ")?" + Vowel;
    private const string Cvc = "^" + ConsSeq + Vowel + "[^aeiouwxy]\\z";
    private const string Dot = "[^\\n\\r\\u2028\\u2029]";

    private static readonly Dictionary<string, string> Step2 = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3 = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

    [GeneratedRegex(Mgr0)] private static partial Regex ReMgr0();
    [GeneratedRegex(Mgr1)] private static partial Regex ReMgr1();
    [GeneratedRegex(Meq1)] private static partial Regex ReMeq1();
    [GeneratedRegex(SV)] private static partial Regex ReSV();
    [GeneratedRegex("^(" + Dot + "+?)(ss|i)es\\z")] private static partial Regex Re1a();
    [GeneratedRegex("^(" + Dot + "+?)([^s])s\\z")] private static partial Regex Re1a2();
    [GeneratedRegex("^(" + Dot + "+?)eed\\z")] private static partial Regex Re1b();
    [GeneratedRegex("^(" + Dot + "+?)(ed|ing)\\z")] private static partial Regex Re1b2();
    [GeneratedRegex(Dot + "\\z")] private static partial Regex ReLastChar();
    [GeneratedRegex("(at|bl|iz)\\z")] private static partial Regex Re1bAtBlIz();
    [GeneratedRegex("([^aeiouylsz])\\1\\z")] private static partial Regex Re1bDouble();
    [GeneratedRegex(Cvc)] private static partial Regex ReCvc();
    [GeneratedRegex("^(" + Dot + "+?[^aeiou])y\\z")] private static partial Regex Re1c();
    [GeneratedRegex("^(" + Dot + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z")]
    private static partial Regex Re2();
    [GeneratedRegex("^(" + Dot + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z")] private static partial Regex Re3();
    [GeneratedRegex("^(" + Dot + "+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z")]
    private static partial Regex Re4();
    [GeneratedRegex("^(" + Dot + "+?)(s|t)(ion)\\z")] private static partial Regex Re4b();
    [GeneratedRegex("^(" + Dot + "+?)e\\z")] private static partial Regex Re5();
    [GeneratedRegex("ll\\z")] private static partial Regex Re5b();

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var w = word;
        var leadingY = w[0] == 'y';
        if (leadingY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match m;
        if ((m = Re1a().Match(w)).Success || (m = Re1a2().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b
        if ((m = Re1b().Match(w)).Success)
        {
            if (ReMgr0().IsMatch(m.Groups[1].ValueSpan))
            {
                w = ReLastChar().Replace(w, string.Empty, 1);
            }
        }
        else if ((m = Re1b2().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (ReSV().IsMatch(stem))
            {
                w = stem;
                if (Re1bAtBlIz().IsMatch(w))
                {
                    w += "e";
                }
                else if (Re1bDouble().IsMatch(w))
                {
                    w = ReLastChar().Replace(w, string.Empty, 1);
                }
                else if (ReCvc().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if ((m = Re1c().Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2
        if ((m = Re2().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (ReMgr0().IsMatch(stem))
            {
                w = stem + Step2[m.Groups[2].Value];
            }
        }

        // Step 3
        if ((m = Re3().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (ReMgr0().IsMatch(stem))
            {
                w = stem + Step3[m.Groups[2].Value];
            }
        }

        // Step 4
        if ((m = Re4().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (ReMgr1().IsMatch(stem))
            {
                w = stem;
            }
        }
        else if ((m = Re4b().Match(w)).Success)
        {
            var stem = m.Groups[1].Value + m.Groups[2].Value;
            if (ReMgr1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((m = Re5().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (ReMgr1().IsMatch(stem) || (ReMeq1().IsMatch(stem) && !ReCvc().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (Re5b().IsMatch(w) && ReMgr1().IsMatch(w))
        {
            w = ReLastChar().Replace(w, string.Empty, 1);
        }

        if (leadingY)
        {
            w = "y" + w[1..];
        }

        return w;
    }
}
