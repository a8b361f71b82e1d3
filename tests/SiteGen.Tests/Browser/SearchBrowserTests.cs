using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>What a partner sees when searching the shipped knowledge base in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Typing_shows_highlighted_live_results_and_enter_opens_the_results_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.Keyboard.PressAsync("/");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("sg-search-input", "'/' focuses the search box");
        await page.Keyboard.TypeAsync("TOI");
        var options = page.Locator("#sg-search-live [role=option]");
        await options.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        (await options.CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("#sg-search-live mark").CountAsync()).Should().BeGreaterThan(0, "matched words are highlighted");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "sitegen-search-live.png") });

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/search/')");
        new Uri(page.Url).Query.Should().Be("?q=TOI");
        await page.Locator(".sg-search-result").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        (await page.Locator(".sg-search-result").CountAsync()).Should().BeGreaterThan(3);
        (await page.Locator(".sg-search-result mark").CountAsync()).Should().BeGreaterThan(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Acronym_expands_both_ways_through_the_glossary()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/search/?q=Transfer%20of%20Information");
        await page.Locator(".sg-search-result").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var titles = await page.Locator(".sg-search-result-title").AllTextContentsAsync();
        titles.Should().Contain(t => t.Contains("TOI", StringComparison.Ordinal), "a search for the expansion finds pages that only say TOI");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filters_narrow_results_and_a_result_lands_on_its_anchor()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/search/?q=signed");
        await page.Locator(".sg-search-result").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => !document.querySelector('.sg-search-summary').textContent.includes('loading full text')");
        var all = await page.Locator(".sg-search-result").CountAsync();
        await page.SelectOptionAsync("#sg-filter-level", "must");
        await page.WaitForFunctionAsync("() => document.querySelector('.sg-search-summary').textContent.includes('(filtered)')");
        var must = await page.Locator(".sg-search-result").CountAsync();
        must.Should().BeLessThan(all).And.BeGreaterThan(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "sitegen-search-results.png"), FullPage = false });

        await page.GotoAsync(fixture.BaseUrl + "/search/?q=3.3.2.2");
        var link = page.Locator(".sg-search-result-link").First;
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var href = await link.GetAttributeAsync("href");
        href.Should().Contain("#", "section results deep-link to the heading");
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains('#', StringComparison.Ordinal));
        var fragment = new Uri(page.Url).Fragment.TrimStart('#');
        (await page.Locator($"[id='{fragment}']").CountAsync()).Should().Be(1, "the anchor exists on the target page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_text_is_never_interpreted_as_html()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        await page.Locator(".sg-search-summary").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('.sg-search-summary').textContent.startsWith('Loading')");
        (await page.Locator("#sg-search-results img").CountAsync()).Should().Be(0);
        await page.Context.CloseAsync();
    }
}
