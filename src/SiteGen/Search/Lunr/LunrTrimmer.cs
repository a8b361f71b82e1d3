namespace SiteGen.Search.Lunr;

/// <summary>
/// <c>lunr.trimmer</c>: strips leading and trailing <c>\W</c>, where JavaScript's non-Unicode <c>\W</c>
/// means anything but ASCII <c>[A-Za-z0-9_]</c>. The result may be empty, and lunr still indexes it.
/// </summary>
internal static class LunrTrimmer
{
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !IsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !IsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    public static bool IsWordChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
}
