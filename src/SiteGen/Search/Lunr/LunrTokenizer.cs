namespace SiteGen.Search.Lunr;

/// <summary>
/// <c>lunr.tokenizer</c> for string fields: lowercase the whole field the JavaScript way, then split on
/// runs of <c>[\s\-]</c> (JavaScript whitespace, which includes U+FEFF and excludes U+0085).
/// </summary>
internal static class LunrTokenizer
{
    public static bool IsSeparator(char c)
    {
        if (c <= ' ')
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        if (c < 0x00A0)
        {
            return c == '-';
        }

        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
            || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /// <summary>The raw tokens (no pipeline) of a string field, as lunr.js produces them.</summary>
    public static List<LunrToken> Tokenize(string? value)
    {
        var tokens = new List<LunrToken>();
        if (value is null)
        {
            return tokens;
        }

        var lowered = JsLowerCase.Apply(value);
        var start = 0;
        for (var end = 0; end <= lowered.Length; end++)
        {
            if (end == lowered.Length || IsSeparator(lowered[end]))
            {
                if (end > start)
                {
                    tokens.Add(new LunrToken(lowered[start..end], start, end - start, tokens.Count));
                }

                start = end + 1;
            }
        }

        return tokens;
    }
}
