using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>The outcome of one check run: findings in deterministic order, plus what was checked.</summary>
public sealed record CheckResult(IReadOnlyList<Finding> Findings, int Files, int Links)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>True when some finding is at least <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);
}
