using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>Prints diagnostics like a compiler, with one line of source context when the file is readable.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool quiet)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (quiet && diagnostic.Severity == Severity.Info)
            {
                continue;
            }

            writer.WriteLine(diagnostic.Format());
            if (diagnostic.Location is { Line: > 0 } location && SourceLine(location) is { } line)
            {
                writer.WriteLine($"  {location.Line,4} | {line}");
                if (location.Column > 0)
                {
                    writer.WriteLine($"       | {new string(' ', Math.Max(0, location.Column - 1))}^");
                }
            }
        }
    }

    private static string? SourceLine(SourceSpan location)
    {
        try
        {
            if (!File.Exists(location.File))
            {
                return null;
            }

            return File.ReadLines(location.File).Skip(location.Line - 1).FirstOrDefault()?.Replace('\t', ' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
