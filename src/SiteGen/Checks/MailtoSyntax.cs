using System.Text.RegularExpressions;

namespace SiteGen.Checks;

/// <summary>Syntax check of a <c>mailto:</c> URL (RFC 6068): every address must look like local@domain.tld.</summary>
internal static partial class MailtoSyntax
{
    /// <summary>Null when the link is well-formed, otherwise what is wrong.</summary>
    public static string? Problem(string url)
    {
        var body = url[(url.IndexOf(':') + 1)..];
        var query = body.IndexOf('?');
        var to = query >= 0 ? body[..query] : body;
        if (BadEscape().IsMatch(body))
        {
            return "mailto: link has an invalid percent escape";
        }

        var addresses = Uri.UnescapeDataString(to).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (query >= 0)
        {
            foreach (var pair in body[(query + 1)..].Split('&'))
            {
                if (pair.StartsWith("to=", StringComparison.OrdinalIgnoreCase))
                {
                    addresses.AddRange(Uri.UnescapeDataString(pair[3..]).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        if (addresses.Count == 0)
        {
            return "mailto: link has no address";
        }

        foreach (var address in addresses)
        {
            if (!Address().IsMatch(address))
            {
                return $"mailto: address '{address}' is not a valid e-mail address";
            }
        }

        return null;
    }

    [GeneratedRegex("%(?![0-9A-Fa-f]{2})")]
    private static partial Regex BadEscape();

    // local part: dot-atoms without leading, trailing or doubled dots (≤ 64); domain: labels of letters,
    // digits and inner hyphens, at least two, no trailing dot.
    [GeneratedRegex(@"^(?=[^@]{1,64}@)[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?$")]
    private static partial Regex Address();
}
