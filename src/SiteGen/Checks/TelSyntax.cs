using System.Text.RegularExpressions;

namespace SiteGen.Checks;

/// <summary>Syntax check of a <c>tel:</c> URL (RFC 3966, loosely): digits with visual separators, optional leading +, optional ;parameters.</summary>
internal static partial class TelSyntax
{
    public static string? Problem(string url)
    {
        var body = Uri.UnescapeDataString(url[(url.IndexOf(':') + 1)..]);
        var semicolon = body.IndexOf(';');
        var number = (semicolon >= 0 ? body[..semicolon] : body).Trim();
        if (number.Length == 0)
        {
            return "tel: link has no number";
        }

        return Number().IsMatch(number) ? null : $"tel: number '{number}' has characters other than digits, +, -, ., spaces and parentheses";
    }

    [GeneratedRegex(@"^\+?[0-9().\- ]*[0-9][0-9().\- ]*$")]
    private static partial Regex Number();
}
