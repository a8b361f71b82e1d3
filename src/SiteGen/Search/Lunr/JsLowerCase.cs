using System.Globalization;
using System.Text;

namespace SiteGen.Search.Lunr;

/// <summary>
/// JavaScript <c>String.prototype.toLowerCase</c> for whole strings: .NET invariant lowercasing plus
/// the two context/length rules .NET does not apply (U+0130 becomes <c>i</c> + U+0307, and final sigma).
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    public static string Apply(string value)
    {
        if (value.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) < 0)
        {
            return value.ToLowerInvariant();
        }

        return ApplySlow(value);
    }

    private static string ApplySlow(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        var lowered = value.ToLowerInvariant();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == CapitalIWithDot)
            {
                builder.Append('i').Append('\u0307');
            }
            else if (c == CapitalSigma)
            {
                builder.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                // Invariant lowercasing is a per-code-point simple mapping and never changes length,
                // so the lowered string lines up with the source index by index.
                builder.Append(lowered[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Unicode Final_Sigma: a cased letter (then case-ignorables) before, and none after.</summary>
    private static bool IsFinalSigma(string text, int sigmaIndex)
    {
        var before = false;
        var i = sigmaIndex;
        while (i > 0)
        {
            var status = Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (IsCased(rune))
            {
                before = true;
                break;
            }

            if (!IsCaseIgnorable(rune))
            {
                break;
            }

            i -= consumed;
        }

        if (!before)
        {
            return false;
        }

        i = sigmaIndex + 1;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (IsCased(rune))
            {
                return false;
            }

            if (!IsCaseIgnorable(rune))
            {
                break;
            }

            i += consumed;
        }

        return true;
    }

    private static bool IsCased(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
        {
            return true;
        }

        if (rune.Value is 0xAA or 0xBA)
        {
            return true; // Other_Lowercase ordinal indicators
        }

        return Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune;
    }

    private static bool IsCaseIgnorable(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }

        // Word_Break MidLetter, MidNumLet and Single_Quote.
        return rune.Value is 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019
            or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
