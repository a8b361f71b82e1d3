using System.Globalization;

namespace SiteGen.Search.Lunr;

/// <summary>ECMAScript <c>Number::toString</c> (what <c>JSON.stringify</c> writes for a finite number).</summary>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null"; // JSON.stringify writes null for non-finite numbers
        }

        if (value == 0)
        {
            return "0"; // also -0
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        if (roundTrip.IndexOf('E') < 0)
        {
            return roundTrip;
        }

        return FromRoundTrip(roundTrip);
    }

    /// <summary>Re-spells .NET's shortest round-trip text (<c>-1.2345E-07</c>) the ECMAScript way.</summary>
    private static string FromRoundTrip(string roundTrip)
    {
        var negative = roundTrip[0] == '-';
        var body = negative ? roundTrip[1..] : roundTrip;
        var e = body.IndexOf('E');
        var mantissa = body[..e];
        var exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        var integerDigits = dot < 0 ? mantissa.Length : dot;
        digits = digits.TrimStart('0');
        var trimmedLeading = (dot < 0 ? mantissa.Length : mantissa.Length - 1) - digits.Length;
        digits = digits.TrimEnd('0');

        // value = 0.d1d2...dk × 10^n
        var n = exponent + integerDigits - trimmedLeading;
        var k = digits.Length;
        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text = string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        }
        else if (-6 < n && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var exp = n - 1;
            var sign = exp < 0 ? "-" : "+";
            var mant = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
            text = mant + "e" + sign + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + text : text;
    }
}
