namespace SiteGen.Checks.Reports;

/// <summary>
/// Compiler-style lines: <c>file:line:col: error SG3001: message (target)</c>, then a summary. A finding
/// without a target (a build diagnostic) has no <c>(target)</c>; one without a file has no location.
/// </summary>
public static class TextReport
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        foreach (var f in result.Findings)
        {
            if (f.File.Length > 0)
            {
                writer.Write(Location(f));
                writer.Write(": ");
            }

            writer.Write(SeverityNames.Of(f.Severity));
            writer.Write(' ');
            writer.Write(f.Code);
            writer.Write(": ");
            writer.WriteLine(MessageWithTarget(f));
        }

        writer.WriteLine(Summary(result));
    }

    public static string Summary(CheckResult result)
    {
        var summary = $"checked {result.Files} files, {result.Links} links: {result.Errors} errors, {result.Warnings} warnings";
        return result.Infos > 0 ? $"{summary}, {result.Infos} infos" : summary;
    }

    /// <summary><c>message (target)</c>, or the message alone when there is no target.</summary>
    public static string MessageWithTarget(Finding f) => f.Target.Length > 0 ? $"{f.Message} ({f.Target})" : f.Message;

    public static string Location(Finding f) =>
        f.Line <= 0 ? f.File : f.Column <= 0 ? $"{f.File}:{f.Line}" : $"{f.File}:{f.Line}:{f.Column}";
}
