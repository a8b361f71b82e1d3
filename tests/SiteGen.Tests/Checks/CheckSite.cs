using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

/// <summary>Runs the internal checker over a site written as txtar text and renders findings as one line each.</summary>
internal static class CheckSite
{
    public static CheckResult Run(string site, LinkCheckOptions? options = null) =>
        new LinkChecker(options ?? new LinkCheckOptions()).Check(InMemorySite.FromText(site));

    /// <summary><c>file:line:col CODE target</c>, in report order.</summary>
    public static List<string> Lines(string site, LinkCheckOptions? options = null) =>
        Run(site, options).Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Code} {f.Target}").ToList();
}
