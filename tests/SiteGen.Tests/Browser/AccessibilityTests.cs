using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>axe-core (npm) in Chromium on every page type of the shipped knowledge base: zero violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "light" },
        { "/", "dark" },
        { "/programs/host-extensions/", "light" },
        { "/programs/host-extensions/", "dark" },
        { "/programs/vsphere-client-plugin/checklist/", "light" },
        { "/programs/host-extensions/03-program-components/", "light" },
        { "/rules/", "light" },
        { "/compare/", "light" },
        { "/compare/", "dark" },
        { "/glossary/", "light" },
        { "/landing-page/", "light" },
        { "/toi/", "light" },
        { "/guides/", "light" },
        { "/guides/ovf-vservice/", "light" },
        { "/about/", "light" },
        { "/search/", "light" },
        { "/no-such-page/", "light" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string url, string scheme)
    {
        var axe = Repo.Path_("tests", "browser");
        NodePackages.EnsureInstalled(axe, "node_modules/axe-core/axe.min.js");
        var page = await fixture.NewPageAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var response = await page.GotoAsync(fixture.BaseUrl + url);
        response.Should().NotBeNull();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(axe, "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }");
        var violations = json.EnumerateArray().Select(v => v.ToString()).ToList();
        violations.Should().BeEmpty($"{url} ({scheme}) should have no accessibility violations");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_rule_page_has_no_axe_violations()
    {
        var axe = Repo.Path_("tests", "browser");
        NodePackages.EnsureInstalled(axe, "node_modules/axe-core/axe.min.js");
        var rule = Directory.GetDirectories(Path.Combine(fixture.SiteDir, "rules")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/rules/{rule}/");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(axe, "node_modules", "axe-core", "axe.min.js") });
        var count = await page.EvaluateAsync<int>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.length");
        count.Should().Be(0);
        await page.Context.CloseAsync();
    }
}
