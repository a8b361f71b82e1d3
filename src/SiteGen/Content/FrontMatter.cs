namespace SiteGen.Content;

/// <summary>Splits a Markdown file into its YAML front matter and body, keeping line numbers.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// Returns the YAML between the opening and closing <c>---</c> lines (null if the file has none) and
    /// whether the block was closed. The YAML starts on line 2 of the file, so its line offset is 1.
    /// </summary>
    public static (string? Yaml, bool Closed) Split(string text)
    {
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal)))
        {
            return (null, true);
        }

        var start = text.IndexOf('\n') + 1;
        var position = start;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            if (line is "---" or "...")
            {
                return (text[start..position], true);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        return (text[start..], false);
    }
}
