using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Content;

/// <summary>
/// The shipped knowledge base: builds clean, and the rules extracted from both program guides stay
/// counted, so an edit that drops a rule or a chapter is caught.
/// </summary>
public sealed class ShippedContentTests
{
    private static readonly Lazy<(SiteGen.Content.Model.SiteModel Site, DiagnosticBag Bag)> Parsed = new(() =>
    {
        var bag = new DiagnosticBag();
        var site = new ContentParser(new PhysicalContentSource(Repo.Content), "content/", bag).Parse();
        new SiteValidator(bag).Validate(site);
        return (site, bag);
    });

    [Fact]
    public void Shipped_content_builds_without_errors_or_warnings()
    {
        var bag = new DiagnosticBag();
        var result = SiteBuilder.BuildInMemory(new BuildOptions(Repo.Root, Path.Combine(Path.GetTempPath(), "unused")), bag);
        result.Succeeded.Should().BeTrue();
        bag.Sorted().Where(d => d.Severity >= Severity.Warning).Select(d => d.Format()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("host-extensions", 172, 68, 47, 10, 47)]
    [InlineData("vsphere-client-plugin", 177, 70, 48, 12, 47)]
    public void Rule_counts_per_level(string program, int total, int must, int should, int may, int info)
    {
        var rules = RulesOf(program);
        rules.Should().HaveCount(total);
        rules.Count(r => r.Level == "must").Should().Be(must);
        rules.Count(r => r.Level == "should").Should().Be(should);
        rules.Count(r => r.Level == "may").Should().Be(may);
        rules.Count(r => r.Level == "info").Should().Be(info);
    }

    [Theory]
    [InlineData("host-extensions", 25, 33, 51, 49, 14)]
    [InlineData("vsphere-client-plugin", 26, 31, 53, 50, 17)]
    public void Rule_counts_per_phase(string program, int guidelines, int preRelease, int release, int postRelease, int revalidation)
    {
        var rules = RulesOf(program);
        rules.Count(r => r.Phase == "guidelines").Should().Be(guidelines);
        rules.Count(r => r.Phase == "pre-release").Should().Be(preRelease);
        rules.Count(r => r.Phase == "release").Should().Be(release);
        rules.Count(r => r.Phase == "post-release").Should().Be(postRelease);
        rules.Count(r => r.Phase == "re-validation").Should().Be(revalidation);
    }

    [Theory]
    [InlineData("host-extensions")]
    [InlineData("vsphere-client-plugin")]
    public void Chapters_cover_sections_1_to_6_and_appendices_a_to_i(string program)
    {
        var sections = Parsed.Value.Site.Documents.Where(d => d.ProgramId == program).Select(d => d.Section).ToHashSet();
        string[] expected = ["1", "2", "3", "4", "5", "6", .. "ABCDEFGHI".Select(c => $"Appendix {c}")];
        sections.Should().Contain(expected);
    }

    [Fact]
    public void Every_rule_cites_a_section_and_the_programs_share_rules()
    {
        Parsed.Value.Site.Rules.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Section));
        var shared = RulesOf("host-extensions").Select(r => r.Id).Intersect(RulesOf("vsphere-client-plugin").Select(r => r.Id)).Count();
        shared.Should().Be(139);
    }

    private static List<SiteGen.Content.Model.Rule> RulesOf(string program)
    {
        var site = Parsed.Value.Site;
        var definition = site.Programs.Single(p => p.Id == program);
        var listed = definition.RuleIds.Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        return site.Rules.Where(r => r.OwnerProgram == program || (r.OwnerProgram is null && listed.Contains(r.Id))).ToList();
    }
}
