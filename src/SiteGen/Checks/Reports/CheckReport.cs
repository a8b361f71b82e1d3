namespace SiteGen.Checks.Reports;

/// <summary>Writes a <see cref="CheckResult"/> in the chosen format.</summary>
public static class CheckReport
{
    public static void Write(CheckResult result, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(result, writer);
                break;
            case ReportFormat.JUnit:
                JUnitReport.Write(result, writer);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(result, writer);
                break;
            default:
                TextReport.Write(result, writer);
                break;
        }
    }

    public static bool TryParse(string value, out ReportFormat format)
    {
        format = value.ToLowerInvariant() switch
        {
            "text" => ReportFormat.Text,
            "json" => ReportFormat.Json,
            "junit" => ReportFormat.JUnit,
            "sarif" => ReportFormat.Sarif,
            _ => (ReportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
