namespace SiteGen.Search.Lunr;

/// <summary>JavaScript own-property order: keys that are array indices come first, ascending.</summary>
internal static class JsPropertyOrder
{
    /// <summary>The numeric value if <paramref name="key"/> is a canonical array index (0 … 2^32−2), else −1.</summary>
    public static long ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return -1;
        }

        long value = 0;
        foreach (var c in key)
        {
            if (c < '0' || c > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 4294967294L ? value : -1;
    }
}
