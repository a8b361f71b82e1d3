using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Checks.External;

/// <summary>
/// Heuristics for a "soft 404": a page answered 200 that says it is not there — its
/// <c>&lt;title&gt;</c> or first <c>&lt;h1&gt;</c> says "not found", "404" or "the page you are
/// looking for" — or a deep link redirected to the site's home page.
/// </summary>
internal static partial class SoftNotFoundDetector
{
    /// <summary>The heading text that gave the page away, or null.</summary>
    public static string? FromBody(string html)
    {
        foreach (var match in new[] { Title().Match(html), Heading().Match(html) })
        {
            if (!match.Success)
            {
                continue;
            }

            var text = WebUtility.HtmlDecode(Tags().Replace(match.Groups[1].Value, " ")).Trim();
            if (Phrase().IsMatch(text))
            {
                return text.Length > 80 ? text[..80] : text;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="original"/> names a page below the root and the chain ended at the root of a host.</summary>
    public static bool IsDeepLinkSentHome(Uri original, Uri final) =>
        original.AbsolutePath.Trim('/').Length > 0 && final.AbsolutePath == "/" && string.IsNullOrEmpty(final.Query.TrimStart('?'));

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"not\s+found|\b404\b|page\s+you\s+(are|were|’re|'re)\s+looking\s+for|page\s+(does\s+not|doesn't|no\s+longer)\s+exists?|nicht\s+gefunden", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
