using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Text shaping for search: length-preserving normalisation before indexing (so lunr positions stay valid
/// against the original text) and excerpts for result lists.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// Replaces <c>/</c> and <c>:</c> with spaces so <c>MD5/SHA-256</c> indexes as <c>md5</c>, <c>sha</c>,
    /// <c>256</c> and <c>ovf:Name</c> as <c>ovf</c>, <c>name</c> (lunr's query syntax cannot express the joined
    /// forms anyway). Same length as the input.
    /// </summary>
    public static string ForIndex(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny('/', ':') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is '/' or ':' ? ' ' : c;
            }
        });
    }

    /// <summary>The prefix of <paramref name="text"/> holding its first <paramref name="maxWords"/> words (0 = all).</summary>
    public static string FirstWords(string? text, int maxWords)
    {
        if (string.IsNullOrEmpty(text) || maxWords <= 0)
        {
            return text ?? string.Empty;
        }

        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var separator = char.IsWhiteSpace(text[i]);
            if (!separator && !inWord && ++words > maxWords)
            {
                return text[..i].TrimEnd();
            }

            inWord = !separator;
        }

        return text;
    }

    /// <summary>Whitespace collapsed, cut at a word boundary to at most <paramref name="maxLength"/> chars plus "…".</summary>
    public static string Excerpt(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
            if (sb.Length > maxLength)
            {
                break;
            }
        }

        if (sb.Length <= maxLength)
        {
            return sb.ToString();
        }

        var cut = maxLength;
        var space = sb.ToString(0, maxLength).LastIndexOf(' ');
        if (space > maxLength / 2)
        {
            cut = space;
        }
        else if (char.IsHighSurrogate(sb[cut - 1]))
        {
            cut--;
        }

        return sb.ToString(0, cut).TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
