using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Checks.External;

/// <summary>
/// Checks http(s) URLs: HEAD first, GET when HEAD is refused (405, 501 or any other non-2xx) or when
/// a 2xx HTML page must be read for soft-404 detection; redirects followed by hand so each hop is seen;
/// 429 waits for Retry-After (bounded); 5xx and timeouts retried with exponential back-off and jitter;
/// a global and a per-host concurrency limit; a per-request timeout and an overall bound; bodies read
/// up to a cap; results cached on disk with a TTL.
/// </summary>
public sealed class HttpLinkProbe : IExternalLinkProbe
{
    private readonly ExternalCheckOptions _options;
    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _global;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HttpLinkProbe(ExternalCheckOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _global = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = Math.Max(1, options.MaxConcurrencyPerHost),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    public void Dispose()
    {
        _client.Dispose();
        _global.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    public async Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IReadOnlyList<string> urls, IProgress<ExternalProgress>? progress, CancellationToken cancellationToken)
    {
        var cache = _options.CachePath is { } cachePath ? LinkResultCache.Load(cachePath, _options.CacheTtl, _time.GetUtcNow()) : null;
        var results = new ConcurrentDictionary<string, ExternalResult>(StringComparer.Ordinal);
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(_options.OverallTimeout);
        var done = 0;

        await Task.WhenAll(urls.Select(async url =>
        {
            ExternalResult result;
            if (cache is not null && cache.TryGet(url, _time.GetUtcNow(), out var cached))
            {
                result = cached;
            }
            else
            {
                try
                {
                    result = await CheckOneAsync(new Uri(url), overall.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    result = new ExternalResult(ExternalVerdict.NotChecked, 0, "overall time bound reached");
                }

                cache?.Put(url, result, _time.GetUtcNow());
            }

            results[url] = result;
            progress?.Report(new ExternalProgress(Interlocked.Increment(ref done), urls.Count, url, result.Verdict));
        })).ConfigureAwait(false);

        cache?.Save();
        return results;
    }

    private async Task<ExternalResult> CheckOneAsync(Uri original, CancellationToken ct)
    {
        var current = original;
        var permanent = false;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            var response = await FetchWithRetriesAsync(current, ct).ConfigureAwait(false);
            if (response.Failure is { } failure)
            {
                return failure;
            }

            var status = response.Status;
            if (status is >= 300 and < 400)
            {
                if (response.Location is not { } location)
                {
                    return new ExternalResult(ExternalVerdict.Broken, status, $"HTTP {status} redirect without a Location header");
                }

                if (!Uri.TryCreate(current, location, out var next) || next.Scheme is not ("http" or "https"))
                {
                    return new ExternalResult(ExternalVerdict.Broken, status, $"HTTP {status} redirect to an unusable Location '{location}'");
                }

                permanent |= hop == 0 && status is 301 or 308;
                current = next;
                continue;
            }

            if (status is >= 200 and < 300)
            {
                if (current != original && SoftNotFoundDetector.IsDeepLinkSentHome(original, current))
                {
                    return new ExternalResult(ExternalVerdict.SoftNotFound, status, $"the deep link redirects to the home page {current.AbsoluteUri}");
                }

                if (response.Body is { } body && SoftNotFoundDetector.FromBody(body) is { } says)
                {
                    return new ExternalResult(ExternalVerdict.SoftNotFound, status, $"HTTP {status} but the page says \"{says}\"");
                }

                return permanent
                    ? new ExternalResult(ExternalVerdict.PermanentRedirect, status, "moved permanently", current.AbsoluteUri)
                    : new ExternalResult(ExternalVerdict.Ok, status, "OK");
            }

            if (status == 999 || (status == 403 && response.BotWall))
            {
                return new ExternalResult(ExternalVerdict.Unverified, status, $"HTTP {status}: the site refuses automated requests");
            }

            var where = current == original ? string.Empty : $" at {current.AbsoluteUri}";
            return new ExternalResult(ExternalVerdict.Broken, status, $"HTTP {status} {response.Reason}{where}".TrimEnd());
        }

        return new ExternalResult(ExternalVerdict.Broken, 0, $"more than {_options.MaxRedirects} redirects");
    }

    private async Task<Response> FetchWithRetriesAsync(Uri uri, CancellationToken ct)
    {
        Response response = default;
        for (var attempt = 0; ; attempt++)
        {
            response = await FetchAsync(uri, ct).ConfigureAwait(false);
            var last = attempt >= _options.MaxRetries;
            if (response.TimedOut || response.Status >= 500)
            {
                if (last)
                {
                    return response.TimedOut
                        ? response with { Failure = new ExternalResult(ExternalVerdict.Timeout, 0, $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s after {attempt + 1} attempts") }
                        : response with { Failure = new ExternalResult(ExternalVerdict.Broken, response.Status, $"HTTP {response.Status} {response.Reason} after {attempt + 1} attempts") };
                }

                await Task.Delay(Backoff(attempt), _time, ct).ConfigureAwait(false);
                continue;
            }

            if (response.Status == 429)
            {
                var wait = response.RetryAfter;
                if (wait > _options.MaxRetryAfter || last)
                {
                    var detail = wait is { } w ? $"HTTP 429 Too Many Requests (Retry-After {w.TotalSeconds:0} s)" : "HTTP 429 Too Many Requests";
                    return response with { Failure = new ExternalResult(ExternalVerdict.Unverified, 429, detail) };
                }

                await Task.Delay(wait ?? Backoff(attempt), _time, ct).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = _options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds(baseDelay * (1 + (Random.Shared.NextDouble() * 0.5)));
    }

    private async Task<Response> FetchAsync(Uri uri, CancellationToken ct)
    {
        var head = await SendAsync(HttpMethod.Head, uri, ct).ConfigureAwait(false);
        if (head.Failure is not null || head.TimedOut || head.Status is >= 300 and < 400 || head.Status == 429)
        {
            return head;
        }

        if (head.Status is >= 200 and < 300 && !(_options.DetectSoftNotFound && head.IsHtml))
        {
            return head;
        }

        return await SendAsync(HttpMethod.Get, uri, ct).ConfigureAwait(false);
    }

    private async Task<Response> SendAsync(HttpMethod method, Uri uri, CancellationToken ct)
    {
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(Math.Max(1, _options.MaxConcurrencyPerHost)));
        await _global.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await host.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(_options.RequestTimeout);
                try
                {
                    using var request = new HttpRequestMessage(method, uri);
                    using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    var isHtml = response.Content.Headers.ContentType?.MediaType is "text/html" or "application/xhtml+xml";
                    string? body = null;
                    if (method == HttpMethod.Get && status is >= 200 and < 300 && isHtml && _options.DetectSoftNotFound)
                    {
                        body = await ReadCappedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                    }

                    return new Response(
                        status,
                        response.ReasonPhrase ?? string.Empty,
                        response.Headers.Location?.OriginalString,
                        RetryAfter.From(response.Headers, _time.GetUtcNow()),
                        isHtml,
                        response.Headers.Contains("cf-mitigated"),
                        body,
                        TimedOut: false,
                        Failure: null);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    return new Response(0, string.Empty, null, null, false, false, null, TimedOut: true, Failure: null);
                }
                catch (HttpRequestException ex)
                {
                    var detail = ex.HttpRequestError == HttpRequestError.NameResolutionError ? $"host '{uri.Host}' not found" : ex.Message;
                    return new Response(0, string.Empty, null, null, false, false, null, false, new ExternalResult(ExternalVerdict.Broken, 0, detail));
                }
            }
            finally
            {
                host.Release();
            }
        }
        finally
        {
            _global.Release();
        }
    }

    private async Task<string> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[_options.BodyLimitBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private readonly record struct Response(
        int Status,
        string Reason,
        string? Location,
        TimeSpan? RetryAfter,
        bool IsHtml,
        bool BotWall,
        string? Body,
        bool TimedOut,
        ExternalResult? Failure);
}
