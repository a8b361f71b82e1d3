using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Build;

/// <summary>
/// Rendered pages of the minimal site compared with committed, reviewed files under Golden/minimal.
/// Run with SITEGEN_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.
/// </summary>
public sealed partial class GoldenTests
{
    public static TheoryData<string> Pages => new()
    {
        "index.html", "programs/alpha/index.html", "programs/alpha/checklist/index.html", "programs/alpha/01-intro/index.html",
        "rules/index.html", "rules/toi-required/index.html", "compare/index.html", "glossary/index.html", "landing-page/index.html",
        "toi/index.html", "guides/index.html", "guides/howto/index.html", "about/index.html", "search/index.html", "404.html",
        "rules.json", "sitemap.xml", "programs/alpha/checklist.csv",
    };

    private static readonly Lazy<TestSite> Site = new(() => TestSite.Build(MinimalSite.Text));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_golden_file(string path)
    {
        var actual = Scrub(Site.Value.File(path));
        var golden = Repo.Path_("tests", "SiteGen.Tests", "Golden", "minimal", path);
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }

        File.Exists(golden).Should().BeTrue($"golden file {golden} is missing; run with SITEGEN_UPDATE_GOLDEN=1 and review it");
        actual.Should().Be(Scrub(File.ReadAllText(golden)), $"{path} differs from its golden file; if the change is intended, run with SITEGEN_UPDATE_GOLDEN=1 and review the diff");
    }

    /// <summary>Line endings and asset hashes (which change with every CSS/JS edit) are not what these tests guard.</summary>
    private static string Scrub(string text) => AssetHash().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "$1.HASH.$2");

    [GeneratedRegex(@"(/assets/[\w/.-]+?)\.[0-9a-f]{10}\.(css|js)")]
    private static partial Regex AssetHash();
}
