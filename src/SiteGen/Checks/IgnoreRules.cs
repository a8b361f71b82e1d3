using System.Text.RegularExpressions;

namespace SiteGen.Checks;

/// <summary>The <c>--ignore</c> patterns, compiled once: globs (<c>*</c> any run, <c>?</c> one character) or <c>/regex/</c>.</summary>
public sealed class IgnoreRules
{
    private readonly Regex[] _patterns;

    public IgnoreRules(IEnumerable<string> patterns)
    {
        _patterns = patterns.Select(Compile).ToArray();
    }

    public bool IsEmpty => _patterns.Length == 0;

    public bool Matches(string target, string? resolved)
    {
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(target) || (resolved is not null && pattern.IsMatch(resolved)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Null when every pattern compiles, otherwise a message naming the bad one.</summary>
    public static string? Validate(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                Compile(pattern);
            }
            catch (ArgumentException ex)
            {
                return $"invalid --ignore pattern '{pattern}': {ex.Message}";
            }
        }

        return null;
    }

    private static Regex Compile(string pattern)
    {
        if (pattern.Length >= 2 && pattern[0] == '/' && pattern[^1] == '/')
        {
            return new Regex(pattern[1..^1], RegexOptions.CultureInvariant);
        }

        var body = Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal);
        return new Regex("^" + body + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
