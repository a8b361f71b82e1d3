using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>
/// One link-check result. <see cref="File"/> is the Markdown source an author edits when SiteGen
/// stamped <c>data-sg-src</c> on the element, otherwise the HTML file relative to the checked folder.
/// <see cref="Line"/> and <see cref="Column"/> are 1-based (0 when unknown). <see cref="Target"/> is the
/// link as written.
/// </summary>
public sealed record Finding(Severity Severity, string Code, string Message, string File, int Line, int Column, string Target)
{
    /// <summary>Deterministic order: file, line, column, code, target, message (all ordinal).</summary>
    public static int Compare(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0)
        {
            return c;
        }

        c = a.Line.CompareTo(b.Line);
        if (c != 0)
        {
            return c;
        }

        c = a.Column.CompareTo(b.Column);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Code, b.Code);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Target, b.Target);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    public Diagnostic ToDiagnostic() => new(Severity, Code, Message, new SourceSpan(File, Line, Column));

    /// <summary>
    /// A build diagnostic (content lint, for example) as a finding: same severity, code, message and
    /// position; no target; an empty <see cref="File"/> when the diagnostic has no location. A hint is
    /// appended to the message.
    /// </summary>
    public static Finding FromDiagnostic(Diagnostic diagnostic)
    {
        var location = diagnostic.Location ?? new SourceSpan(string.Empty, 0, 0);
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}; hint: {diagnostic.Hint}";
        return new Finding(diagnostic.Severity, diagnostic.Code, message, location.File, location.Line, location.Column, string.Empty);
    }
}
