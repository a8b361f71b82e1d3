using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Checks.External;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Checks;

public sealed class ExternalLinkTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ExternalCheckOptions Fast => new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxRetries = 2,
        BackoffBase = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        OverallTimeout = TimeSpan.FromSeconds(30),
    };

    private async Task<ExternalResult> Probe(string path, ExternalCheckOptions? options = null)
    {
        using var probe = new HttpLinkProbe(options ?? Fast);
        var url = _server.Url(path);
        var results = await probe.CheckAsync([url], null, CancellationToken.None);
        return results[url];
    }

    [Theory]
    [InlineData("/ok", ExternalVerdict.Ok, 200)]
    [InlineData("/page", ExternalVerdict.Ok, 200)]
    [InlineData("/found302", ExternalVerdict.Ok, 200)]
    [InlineData("/temp307", ExternalVerdict.Ok, 200)]
    [InlineData("/missing", ExternalVerdict.Broken, 404)]
    [InlineData("/gone", ExternalVerdict.Broken, 410)]
    [InlineData("/chain-to-404", ExternalVerdict.Broken, 404)]
    [InlineData("/redirect-without-location", ExternalVerdict.Broken, 302)]
    [InlineData("/loop", ExternalVerdict.Broken, 0)]
    [InlineData("/always-500", ExternalVerdict.Broken, 503)]
    [InlineData("/flaky", ExternalVerdict.Ok, 200)]
    [InlineData("/head-405", ExternalVerdict.Ok, 200)]
    [InlineData("/soft-404", ExternalVerdict.SoftNotFound, 200)]
    [InlineData("/soft-404-h1", ExternalVerdict.SoftNotFound, 200)]
    [InlineData("/deep/old/article", ExternalVerdict.SoftNotFound, 200)]
    [InlineData("/", ExternalVerdict.Ok, 200)]
    [InlineData("/bot-wall", ExternalVerdict.Unverified, 403)]
    [InlineData("/rate-limited-long", ExternalVerdict.Unverified, 429)]
    public async Task Each_status_gets_its_verdict(string path, ExternalVerdict verdict, int status)
    {
        var result = await Probe(path);

        result.Verdict.Should().Be(verdict, result.Detail);
        result.Status.Should().Be(status);
    }

    [Theory]
    [InlineData("/moved301", "/page")]
    [InlineData("/perm308", "/ok")]
    public async Task Permanent_redirects_are_reported_with_the_new_url(string path, string newPath)
    {
        var result = await Probe(path);

        result.Verdict.Should().Be(ExternalVerdict.PermanentRedirect);
        result.NewUrl.Should().Be(_server.Url(newPath));
    }

    [Fact]
    public async Task Head_405_falls_back_to_get()
    {
        (await Probe("/head-405")).Verdict.Should().Be(ExternalVerdict.Ok);
        _server.Hits("/head-405").Should().Be(2);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_they_succeed()
    {
        (await Probe("/flaky")).Verdict.Should().Be(ExternalVerdict.Ok);
        _server.Hits("/flaky").Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_then_succeeds()
    {
        var clock = Stopwatch.StartNew();
        var result = await Probe("/rate-limited");

        result.Verdict.Should().Be(ExternalVerdict.Ok);
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900));
        _server.Hits("/rate-limited").Should().Be(2);
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_a_timeout_after_retries()
    {
        var result = await Probe("/slow", Fast with { RequestTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });

        result.Verdict.Should().Be(ExternalVerdict.Timeout);
        _server.Hits("/slow").Should().Be(2);
    }

    [Fact]
    public async Task The_overall_bound_leaves_unfinished_links_not_checked()
    {
        var result = await Probe("/slow", Fast with { RequestTimeout = TimeSpan.FromSeconds(10), OverallTimeout = TimeSpan.FromMilliseconds(300) });

        result.Verdict.Should().Be(ExternalVerdict.NotChecked);
    }

    [Fact]
    public async Task Per_host_concurrency_is_limited()
    {
        using var probe = new HttpLinkProbe(Fast with { MaxConcurrency = 8, MaxConcurrencyPerHost = 2, RequestTimeout = TimeSpan.FromSeconds(5) });
        var urls = Enumerable.Range(0, 8).Select(i => _server.Url("/concurrent?i=" + i)).ToList();

        var results = await probe.CheckAsync(urls, null, CancellationToken.None);

        results.Values.Should().OnlyContain(r => r.Verdict == ExternalVerdict.Ok);
        _server.MaxInFlight.Should().BeLessThanOrEqualTo(2).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task Only_http_and_https_hosts_that_do_not_exist_are_broken()
    {
        using var probe = new HttpLinkProbe(Fast);
        var results = await probe.CheckAsync(["http://no-such-host.invalid/x"], null, CancellationToken.None);

        results["http://no-such-host.invalid/x"].Verdict.Should().Be(ExternalVerdict.Broken);
    }

    [Fact]
    public async Task The_cache_keeps_successes_until_they_expire_and_never_keeps_failures()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-cache-");
        try
        {
            var time = new ManualTime(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
            var options = Fast with { CachePath = Path.Combine(folder.FullName, "links.json"), CacheTtl = TimeSpan.FromHours(1) };
            string[] urls = [_server.Url("/ok"), _server.Url("/missing")];

            async Task Run()
            {
                using var probe = new HttpLinkProbe(options, time: time);
                await probe.CheckAsync(urls, null, CancellationToken.None);
            }

            await Run();
            await Run();
            _server.Hits("/ok").Should().Be(1);
            _server.Hits("/missing").Should().Be(4); // HEAD + GET fallback, twice
            File.ReadAllText(options.CachePath!).Should().Contain("/ok").And.NotContain("/missing");

            time.Advance(TimeSpan.FromHours(2));
            await Run();
            _server.Hits("/ok").Should().Be(2);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Progress_is_reported_once_per_url()
    {
        using var probe = new HttpLinkProbe(Fast);
        var seen = new List<ExternalProgress>();
        var progress = new SynchronousProgress(p =>
        {
            lock (seen)
            {
                seen.Add(p);
            }
        });

        await probe.CheckAsync([_server.Url("/ok"), _server.Url("/page")], progress, CancellationToken.None);

        seen.Select(p => p.Done).Order().Should().Equal(1, 2);
        seen.Should().OnlyContain(p => p.Total == 2);
    }

    [Fact]
    public async Task External_verdicts_become_findings_at_each_link_occurrence()
    {
        var probe = new FixedProbe(new Dictionary<string, ExternalResult>
        {
            ["https://a.example/broken"] = new(ExternalVerdict.Broken, 404, "HTTP 404 Not Found"),
            ["https://a.example/moved"] = new(ExternalVerdict.PermanentRedirect, 200, "moved", "https://b.example/new"),
            ["https://a.example/soft"] = new(ExternalVerdict.SoftNotFound, 200, "says not found"),
            ["https://a.example/slow"] = new(ExternalVerdict.Timeout, 0, "no answer"),
            ["https://a.example/limited"] = new(ExternalVerdict.Unverified, 429, "HTTP 429"),
            ["https://a.example/late"] = new(ExternalVerdict.NotChecked, 0, "bound"),
            ["https://a.example/ok"] = new(ExternalVerdict.Ok, 200, "OK"),
        });
        var site = InMemorySite.FromText("""
            -- index.html --
            <a href="https://a.example/broken#frag">1</a>
            <a href="https://a.example/moved">2</a>
            <a href="https://a.example/soft">3</a>
            <a href="https://a.example/slow">4</a>
            <a href="https://a.example/limited">5</a>
            <a href="https://a.example/late">6</a>
            <a href="https://a.example/ok">7</a>
            <a href="https://a.example/broken">8</a>
            """);

        var result = await new LinkChecker(new LinkCheckOptions { External = true }, probe).CheckAsync(site, null, CancellationToken.None);

        result.Findings.Select(f => $"{f.Line} {f.Code} {f.Severity}").Should().Equal(
            "1 SG3101 Error", "2 SG3102 Warning", "3 SG3103 Warning", "4 SG3104 Warning",
            "5 SG3105 Warning", "6 SG3106 Warning", "8 SG3101 Error");
        result.Findings[1].Message.Should().Contain("https://b.example/new");
        probe.Asked.Should().Equal("https://a.example/broken", "https://a.example/late", "https://a.example/limited",
            "https://a.example/moved", "https://a.example/ok", "https://a.example/slow", "https://a.example/soft");
    }

    [Fact]
    public async Task Without_external_no_http_request_is_made()
    {
        var probe = new FixedProbe(new Dictionary<string, ExternalResult>());
        var site = InMemorySite.FromText("""
            -- index.html --
            <a href="https://a.example/x">x</a>
            """);

        var result = await new LinkChecker(new LinkCheckOptions(), probe).CheckAsync(site, null, CancellationToken.None);

        result.Findings.Should().BeEmpty();
        probe.Asked.Should().BeEmpty();
        result.Links.Should().Be(1);
        result.Errors.Should().Be(0);
        result.HasFindingsAtOrAbove(Severity.Warning).Should().BeFalse();
    }

    private sealed class FixedProbe(Dictionary<string, ExternalResult> results) : IExternalLinkProbe
    {
        public List<string> Asked { get; } = [];

        public Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IReadOnlyList<string> urls, IProgress<ExternalProgress>? progress, CancellationToken cancellationToken)
        {
            Asked.AddRange(urls);
            return Task.FromResult<IReadOnlyDictionary<string, ExternalResult>>(results);
        }

        public void Dispose()
        {
        }
    }

    private sealed class SynchronousProgress(Action<ExternalProgress> report) : IProgress<ExternalProgress>
    {
        public void Report(ExternalProgress value) => report(value);
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
