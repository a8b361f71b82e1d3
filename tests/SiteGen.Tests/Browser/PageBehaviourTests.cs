using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>The progressive enhancements of the default theme, as a partner uses them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageBehaviourTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Recertification_questionnaire_tells_whether_recertification_is_required()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/guides/partner-forms/");
        var verdict = page.Locator(".decision .sg-verdict");
        (await verdict.TextContentAsync()).Should().StartWith("No answer is yes: re-certification is not required");
        var boxes = page.Locator(".decision input[type=checkbox]");
        (await boxes.CountAsync()).Should().Be(10);
        await boxes.Nth(3).CheckAsync();
        (await verdict.TextContentAsync()).Should().StartWith("Re-certification is required");
        await boxes.Nth(3).UncheckAsync();
        (await verdict.TextContentAsync()).Should().StartWith("No answer is yes");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Rule_table_filters_by_level_and_phase_and_keeps_the_filter_in_the_url()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/programs/host-extensions/");
        var rows = page.Locator("#sg-rule-table tbody tr");
        var total = await rows.CountAsync();
        await page.SelectOptionAsync("select[data-sg-filter=level]", "must");
        var visible = page.Locator("#sg-rule-table tbody tr:not([hidden])");
        var must = await visible.CountAsync();
        must.Should().BeGreaterThan(0).And.BeLessThan(total);
        (await page.Locator("#sg-rule-table tbody tr:not([hidden]) .sg-level-must").CountAsync()).Should().Be(must);
        await page.SelectOptionAsync("select[data-sg-filter=phase]", "release");
        (await visible.CountAsync()).Should().BeLessThan(must);
        new Uri(page.Url).Query.Should().Be("?level=must&phase=release");
        (await page.Locator(".sg-filter-count").TextContentAsync()).Should().MatchRegex($"^\\d+ of {total} rules shown$");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Compare_can_show_only_the_topics_that_differ()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/compare/");
        var same = page.Locator("tbody.sg-same").First;
        (await same.IsVisibleAsync()).Should().BeTrue();
        await page.CheckAsync("[data-sg-compare-diff]");
        (await same.IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("tbody.sg-differs").First.IsVisibleAsync()).Should().BeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Missing_pages_get_the_real_404_page()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(fixture.BaseUrl + "/rules/no-such-rule/");
        response!.Status.Should().Be(404);
        (await page.Locator("h1").TextContentAsync()).Should().Be("Page not found");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Pages_do_not_scroll_sideways(int width)
    {
        var page = await fixture.NewPageAsync(width: width);
        foreach (var url in new[] { "/", "/programs/host-extensions/", "/compare/", "/glossary/", "/rules/", "/guides/ovf-vservice/" })
        {
            await page.GotoAsync(fixture.BaseUrl + url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{url} at {width}px should fit the viewport");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"sitegen-{width}{url.Replace('/', '_')}.png"), FullPage = false });
        }

        await page.Context.CloseAsync();
    }
}
