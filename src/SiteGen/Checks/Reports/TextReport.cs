namespace SiteGen.Checks.Reports;

/// <summary>Compiler-style lines: <c>file:line:col: error SG3001: message (target)</c>, then a summary.</summary>
public static class TextReport
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        foreach (var f in result.Findings)
        {
            writer.Write(Location(f));
            writer.Write(": ");
            writer.Write(SeverityNames.Of(f.Severity));
            writer.Write(' ');
            writer.Write(f.Code);
            writer.Write(": ");
            writer.Write(f.Message);
            writer.Write(" (");
            writer.Write(f.Target);
            writer.WriteLine(')');
        }

        writer.WriteLine(Summary(result));
    }

    public static string Summary(CheckResult result) =>
        $"checked {result.Files} files, {result.Links} links: {result.Errors} errors, {result.Warnings} warnings";

    public static string Location(Finding f) =>
        f.Line <= 0 ? f.File : f.Column <= 0 ? $"{f.File}:{f.Line}" : $"{f.File}:{f.Line}:{f.Column}";
}
