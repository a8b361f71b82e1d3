namespace SiteGen.Checks.External;

/// <summary>Limits and policy of the HTTP(S) checks.</summary>
public sealed record ExternalCheckOptions
{
    public int MaxConcurrency { get; init; } = 16;

    public int MaxConcurrencyPerHost { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Bound on the whole external phase; URLs not settled by then are reported SG3106.</summary>
    public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt, for 5xx, 429 and timeouts.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First back-off delay; doubled per retry, plus up to 50% jitter.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest Retry-After honoured; a longer one makes the link "unverified" (SG3105).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 10;

    /// <summary>How much of a response body is read (for soft-404 detection).</summary>
    public int BodyLimitBytes { get; init; } = 256 * 1024;

    /// <summary>GET HTML pages that answered 2xx to HEAD and look for "not found" titles.</summary>
    public bool DetectSoftNotFound { get; init; } = true;

    /// <summary>Disk cache file (JSON); null disables caching.</summary>
    public string? CachePath { get; init; }

    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromDays(1);

    public string UserAgent { get; init; } = "SiteGen-LinkCheck/0.1 (+https://github.com/sitegen)";
}
