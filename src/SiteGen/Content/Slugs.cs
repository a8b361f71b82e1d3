using System.Text;

namespace SiteGen.Content;

/// <summary>Stable anchors and URL segments: lower-case ASCII letters, digits and hyphens.</summary>
internal static class Slugs
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                hyphen = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                sb.Append((char)(c + 32));
                hyphen = false;
            }
            else if (c is '.' && sb.Length > 0 && char.IsAsciiDigit(sb[^1]))
            {
                sb.Append('-');
                hyphen = true;
            }
            else if (!hyphen && sb.Length > 0 && (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.' or ':' or '(' or ')' or '&' or ','))
            {
                sb.Append('-');
                hyphen = true;
            }
        }

        return sb.ToString().Trim('-');
    }
}
