namespace SiteGen.Checks.Reports;

/// <summary>The report formats of <c>sitegen check --format</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    JUnit,
    Sarif,
}
