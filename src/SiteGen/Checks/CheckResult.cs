using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>The outcome of one check run: findings in deterministic order, plus what was checked.</summary>
public sealed record CheckResult(IReadOnlyList<Finding> Findings, int Files, int Links)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    /// <summary>True when some finding is at least <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);

    /// <summary>This result with the build's diagnostics added as findings, in the same deterministic order.</summary>
    public CheckResult WithDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var findings = Findings.Concat(diagnostics.Select(Finding.FromDiagnostic)).Distinct().ToList();
        findings.Sort(Finding.Compare);
        return this with { Findings = findings };
    }
}
