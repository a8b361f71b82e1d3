using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Builds the shipped knowledge base once, serves it on 127.0.0.1, and starts Debian's Chromium through
/// Playwright. Fails (never skips) when Chromium is missing: CI installs it in .ci/run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sitegen-browser-");
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    public string SiteDir => Path.Combine(_root.FullName, "_site");

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"browser tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium)");
        var bag = new DiagnosticBag();
        SiteBuilder.Build(new BuildOptions(Repo.Root, SiteDir), bag).Succeeded.Should().BeTrue(string.Join('\n', bag.Sorted()));
        _server = await StaticSiteServer.StartAsync(SiteDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = scheme });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _root.Delete(recursive: true);
    }
}
