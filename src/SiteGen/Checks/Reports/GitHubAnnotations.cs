using SiteGen.Diagnostics;

namespace SiteGen.Checks.Reports;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=SG3001::message</c>.</summary>
public static class GitHubAnnotations
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        foreach (var f in result.Findings)
        {
            var kind = f.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            writer.Write("::");
            writer.Write(kind);
            writer.Write(' ');
            if (f.File.Length > 0)
            {
                writer.Write("file=");
                writer.Write(Property(f.File));
                writer.Write(',');
            }

            if (f.File.Length > 0 && f.Line > 0)
            {
                writer.Write("line=");
                writer.Write(f.Line);
                if (f.Column > 0)
                {
                    writer.Write(",col=");
                    writer.Write(f.Column);
                }

                writer.Write(',');
            }

            writer.Write("title=");
            writer.Write(f.Code);
            writer.Write("::");
            writer.WriteLine(Data(TextReport.MessageWithTarget(f)));
        }
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
