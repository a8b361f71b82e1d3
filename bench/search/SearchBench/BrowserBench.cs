using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// Browser measurements in Debian's Chromium (headless, the browser tests' launch arguments):
/// query latency on a served index (<c>bench/search/page/</c>), and the bytes a visitor downloads on the
/// shipped site before the first live result appears.
/// </summary>
internal static class BrowserBench
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Loads BASE_URL/ (page/index.html) <paramref name="runs"/> times, each in a fresh context, and prints benchIndex(n).</summary>
    public static async Task<int> QueriesAsync(string baseUrl, int queries, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var medians = new List<double>();
        var p95s = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            await using var context = await browser.NewContextAsync();
            context.SetDefaultTimeout(300_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/");
            var text = await page.EvaluateAsync<string>($"() => window.benchIndex({queries}, 20).then(JSON.stringify)");
            using var doc = JsonDocument.Parse(text);
            var json = doc.RootElement;
            double D(string name) => json.GetProperty(name).GetDouble();
            medians.Add(D("median_ms"));
            p95s.Add(D("p95_ms"));
            var kinds = string.Join(' ', json.GetProperty("kinds").EnumerateObject().Select(k => $"{k.Name}={k.Value.GetDouble():F2}"));
            if (r == 0)
            {
                Console.WriteLine($"  browser: {json.GetProperty("user_agent").GetString()}");
            }

            Console.WriteLine(
                $"  run {r + 1}: index {D("bytes") / 1e6:F1} MB, terms={D("terms"):F0}, fetch_ms={D("fetch_ms"):F0} parse_ms={D("parse_ms"):F0} load_ms={D("load_ms"):F0}; " +
                $"{queries} queries (20 warm-up excluded) median_ms={D("median_ms"):F2} p95_ms={D("p95_ms"):F2} max_ms={D("max_ms"):F1} avg_hits={D("avg_hits"):F0}");
            Console.WriteLine($"         median_ms by kind: {kinds}");
        }

        Console.WriteLine($"  browser query, median over {runs} runs: median_ms={Median(medians):F2} p95_ms={Median(p95s):F2} (target: median < 50 ms)");
        return 0;
    }

    /// <summary>
    /// Opens BASE_URL/ in a fresh context (empty cache), focuses the header search box, types
    /// <paramref name="query"/> and waits for the first live result; lists every response finished by then with
    /// its gzip size (gzip computed here per resource, as a server would send it).
    /// </summary>
    public static async Task<int> FirstResultAsync(string baseUrl, string query, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var times = new List<double>();
        List<(string Url, int Raw, int Gzip)>? resources = null;
        for (var r = 0; r < runs; r++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            var finished = new List<IRequest>();
            page.RequestFinished += (_, request) =>
            {
                lock (finished)
                {
                    finished.Add(request);
                }
            };
            await page.GotoAsync(baseUrl + "/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var sw = Stopwatch.StartNew();
            await page.FocusAsync("#sg-search-input");
            await page.Keyboard.TypeAsync(query);
            await page.Locator("#sg-search-live [role=option]").First.WaitForAsync();
            sw.Stop();
            times.Add(sw.Elapsed.TotalMilliseconds);
            IRequest[] before;
            lock (finished)
            {
                before = [.. finished];
            }

            if (r == 0)
            {
                resources = [];
                foreach (var request in before)
                {
                    var response = await request.ResponseAsync();
                    var body = response is null ? [] : await response.BodyAsync();
                    resources.Add((request.Url[baseUrl.Length..], body.Length, SiteSearchIndex.GzipSize(body)));
                }
            }
        }

        Console.WriteLine($"  responses finished when the first live result for '{query}' appeared (fresh cache):");
        foreach (var (url, raw, gzip) in resources!)
        {
            Console.WriteLine($"    {url,-40} {raw,9:N0} B  gzip {gzip,8:N0} B");
        }

        var total = resources!.Sum(x => x.Gzip);
        var background = resources!.Where(x => x.Url.EndsWith("/search/index.json", StringComparison.Ordinal)).Sum(x => x.Gzip);
        Console.WriteLine($"  total before first result: {resources!.Sum(x => x.Raw) / 1024.0:F1} KB raw, {total / 1024.0:F1} KB gzip" +
            (background > 0 ? $" ({(total - background) / 1024.0:F1} KB gzip without the background index.json)" : string.Empty) + " (target: at most 200 KB gzip)");
        Console.WriteLine($"  focus + type '{query}' → first live result (includes the 120 ms debounce), {runs} runs: ms=[{string.Join(' ', times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}] median_ms={Median(times):F0}");
        return 0;
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
