using SiteGen.Diagnostics;

namespace SiteGen.Checks.Reports;

/// <summary>Lower-case severity words shared by every report.</summary>
internal static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
