using System.Collections.Concurrent;
using SiteGen.Checks.External;
using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>
/// Checks every link of a built site: internal files, directory indexes and fragments always;
/// http(s) links when <see cref="LinkCheckOptions.External"/> is set and a probe is given.
/// Pages are parsed once each, in parallel; findings come back sorted.
/// </summary>
public sealed class LinkChecker
{
    private readonly LinkCheckOptions _options;
    private readonly IExternalLinkProbe? _probe;
    private readonly IgnoreRules _ignore;
    private readonly Uri? _baseUrl;

    public LinkChecker(LinkCheckOptions options, IExternalLinkProbe? probe = null)
    {
        _options = options;
        _probe = probe;
        _ignore = new IgnoreRules(options.Ignore);
        if (options.BaseUrl is { Length: > 0 } baseUrl)
        {
            var text = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
            _baseUrl = Uri.TryCreate(text, UriKind.Absolute, out var parsed) ? parsed : throw new ArgumentException($"invalid base URL '{baseUrl}'", nameof(options));
        }
    }

    /// <summary>Internal checks only (synchronous).</summary>
    public CheckResult Check(ICheckedSite site) =>
        CheckAsync(site, progress: null, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<CheckResult> CheckAsync(ICheckedSite site, IProgress<ExternalProgress>? progress, CancellationToken cancellationToken)
    {
        var pages = site.Files.Where(IsHtml).ToArray();
        var scans = new PageScan[pages.Length];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, pages.Length, parallel, i => scans[i] = HtmlPageScanner.Scan(pages[i], site.ReadAllBytes(pages[i])));

        var layout = new SiteLayout(site.Files, scans, _options.IndexFiles);
        var perPage = new PageOutcome[scans.Length];
        Parallel.For(0, scans.Length, parallel, i => perPage[i] = Resolve(scans[i], layout));

        var findings = new List<Finding>();
        var external = new List<(string Url, PageLink Link)>();
        var links = 0;
        foreach (var outcome in perPage)
        {
            findings.AddRange(outcome.Findings);
            external.AddRange(outcome.External);
            links += outcome.Links;
        }

        if (_options.External && _probe is not null && external.Count > 0)
        {
            var urls = external.Select(e => e.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var results = await _probe.CheckAsync(urls, progress, cancellationToken).ConfigureAwait(false);
            foreach (var (url, link) in external)
            {
                if (results.TryGetValue(url, out var result) && ToFinding(result, link) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        findings.Sort(Finding.Compare);
        return new CheckResult(findings, pages.Length, links);
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private PageOutcome Resolve(PageScan scan, SiteLayout layout)
    {
        var outcome = new PageOutcome();
        outcome.Findings.AddRange(scan.Findings);
        var pageUri = SiteLayout.PageUri(scan.Path);
        var baseUri = pageUri;
        if (scan.BaseHref is { } baseHref && Clean(baseHref) is { Length: > 0 } cleanBase
            && Uri.TryCreate(pageUri, cleanBase, out var parsedBase) && parsedBase.Scheme is "http" or "https")
        {
            baseUri = parsedBase;
        }

        foreach (var link in scan.Links)
        {
            outcome.Links++;
            if (ResolveLink(link, scan, baseUri, layout, outcome) is { } finding)
            {
                outcome.Findings.Add(finding);
            }
        }

        return outcome;
    }

    private Finding? ResolveLink(PageLink link, PageScan scan, Uri baseUri, SiteLayout layout, PageOutcome outcome)
    {
        var value = Clean(link.Value);
        if (!_ignore.IsEmpty && _ignore.Matches(value, null))
        {
            outcome.Links--;
            return null;
        }

        if (value.Length == 0)
        {
            return Report(link, Severity.Warning, CheckCodes.EmptyLink, $"empty {link.Attribute} on <{link.Element}>");
        }

        var scheme = SchemeOf(value);
        switch (scheme)
        {
            case null or "http" or "https":
                break;
            case "mailto":
                return MailtoSyntax.Problem(value) is { } mailProblem ? Report(link, Severity.Error, CheckCodes.BadMailOrTel, mailProblem) : null;
            case "tel":
                return TelSyntax.Problem(value) is { } telProblem ? Report(link, Severity.Error, CheckCodes.BadMailOrTel, telProblem) : null;
            case "file":
                return Report(link, Severity.Error, CheckCodes.LocalOnlyLink, "file: link works only on the author's machine");
            default:
                outcome.Links--;
                return null; // javascript:, data:, ftp:, irc: … are not checked
        }

        if (!Uri.TryCreate(baseUri, value, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Report(link, Severity.Error, CheckCodes.MalformedUrl, "link cannot be parsed as a URL");
        }

        var fragmentAt = value.IndexOf('#');
        var fragment = fragmentAt >= 0 ? value[(fragmentAt + 1)..] : null;

        string? escapedPath = null;
        if (uri.Host == SiteLayout.InternalHost)
        {
            escapedPath = uri.AbsolutePath;
        }
        else if (_baseUrl is not null && MapBaseUrl(uri) is { } mapped)
        {
            escapedPath = mapped;
        }

        if (escapedPath is null)
        {
            if (!_ignore.IsEmpty && _ignore.Matches(value, uri.AbsoluteUri))
            {
                outcome.Links--;
                return null;
            }

            if (uri.IsLoopback || uri.Host is "0.0.0.0")
            {
                return Report(link, Severity.Error, CheckCodes.LocalOnlyLink, $"link to {uri.Host} works only on the author's machine");
            }

            if (_options.External)
            {
                outcome.External.Add((uri.GetLeftPart(UriPartial.Query), link));
            }

            return null;
        }

        return layout.Resolve(escapedPath, fragment, scan, _options.RequireDirectorySlash) is { } problem
            ? Report(link, problem.Severity, problem.Code, problem.Message)
            : null;
    }

    private string? MapBaseUrl(Uri uri)
    {
        var baseUrl = _baseUrl!;
        if (!uri.Host.Equals(baseUrl.Host, StringComparison.OrdinalIgnoreCase)
            || !(uri.Port == baseUrl.Port || (uri.IsDefaultPort && baseUrl.IsDefaultPort)))
        {
            return null;
        }

        var basePath = baseUrl.AbsolutePath;
        var path = uri.AbsolutePath;
        if (path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return "/" + path[basePath.Length..];
        }

        return path + "/" == basePath ? "/" : null;
    }

    private static Finding Report(PageLink link, Severity severity, string code, string message) =>
        new(severity, code, message, link.Location.File, link.Location.Line, link.Location.Column, link.Value);

    private static Finding? ToFinding(ExternalResult result, PageLink link) => result.Verdict switch
    {
        ExternalVerdict.Ok => null,
        ExternalVerdict.Broken => Report(link, Severity.Error, CheckCodes.ExternalBroken, $"external link is broken: {result.Detail}"),
        ExternalVerdict.PermanentRedirect => Report(link, Severity.Warning, CheckCodes.PermanentRedirect, $"moved permanently to {result.NewUrl}; update the link"),
        ExternalVerdict.SoftNotFound => Report(link, Severity.Warning, CheckCodes.SoftNotFound, $"looks like a 'not found' page: {result.Detail}"),
        ExternalVerdict.Timeout => Report(link, Severity.Warning, CheckCodes.Timeout, $"timed out: {result.Detail}"),
        ExternalVerdict.Unverified => Report(link, Severity.Warning, CheckCodes.Unverified, $"could not be verified: {result.Detail}"),
        _ => Report(link, Severity.Warning, CheckCodes.NotChecked, "not checked: the overall time bound was reached"),
    };

    /// <summary>Strips leading/trailing ASCII whitespace and removes tabs and newlines, as the URL parser does.</summary>
    internal static string Clean(string value)
    {
        var trimmed = value.Trim(' ', '\t', '\n', '\r', '\f');
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0
            ? trimmed.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
            : trimmed;
    }

    /// <summary>The lower-cased scheme of an absolute URL, or null for a relative reference.</summary>
    internal static string? SchemeOf(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return null;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return value[..i].ToLowerInvariant();
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private sealed class PageOutcome
    {
        public List<Finding> Findings { get; } = [];

        public List<(string Url, PageLink Link)> External { get; } = [];

        public int Links { get; set; }
    }
}
