using System.CommandLine;
using SiteGen.Checks;
using SiteGen.Checks.External;
using SiteGen.Checks.Reports;
using SiteGen.Diagnostics;
using Spectre.Console;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen check</c>: checks the links of a built site (<c>--site DIR</c>, any generator) or of
/// SiteGen's own build (<c>--source/--output</c>, when a <see cref="BuildForCheck"/> is plugged in),
/// reporting the build's diagnostics (content lint) with the link findings.
/// Exit 0 clean, 1 findings at or above <c>--fail-on</c>, 2 usage or configuration error.
/// </summary>
internal static class CheckCommand
{
    private const int Success = 0;
    private const int Findings = 1;
    private const int UsageError = 2;

    internal static Command Create() => Create(build: null);

    /// <param name="build">Builds in memory for the <c>--source</c> mode; null until the builder is wired in.</param>
    /// <param name="environment">Reads environment variables (tests pass their own); defaults to the process environment.</param>
    /// <param name="probeFactory">Makes the external prober (tests may substitute); defaults to <see cref="HttpLinkProbe"/>.</param>
    internal static Command Create(BuildForCheck? build, Func<string, string?>? environment = null, Func<ExternalCheckOptions, IExternalLinkProbe>? probeFactory = null)
    {
        var site = new Option<string?>("--site") { Description = "Check this folder of static HTML (made by any generator)", HelpName = "DIR" };
        var source = new Option<string?>("--source") { Description = "Build this SiteGen source folder in memory, then check it", HelpName = "DIR" };
        var output = new Option<string?>("--output") { Description = "Output folder of the build (reused when fresh)", HelpName = "DIR" };
        var external = new Option<bool>("--external") { Description = "Also check http(s) links" };
        var format = new Option<string>("--format") { Description = "Report format: text, json, junit or sarif", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        var report = new Option<string?>("--report") { Description = "Write the report to FILE instead of standard output", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at least this severe: error or warning", DefaultValueFactory = _ => "error", HelpName = "SEVERITY" };
        var ignore = new Option<string[]>("--ignore") { Description = "Skip links matching a glob or /regex/ (repeatable)", DefaultValueFactory = _ => [], HelpName = "PATTERN" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public base URL; links under it are checked as local files", HelpName = "URL" };
        var timeout = new Option<double>("--timeout") { Description = "Per-request timeout for external links, in seconds", DefaultValueFactory = _ => 15, HelpName = "SECONDS" };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not read or write .sitegen-cache/links.json" };
        var dirSlash = new Option<bool>("--require-dir-slash") { Description = "Warn (SG3008) about directory links without a trailing slash" };

        var command = new Command("check", "Check links, fragments and assets of a built site")
        {
            site, source, output, external, format, report, failOn, ignore, baseUrl, timeout, noCache, dirSlash,
        };

        var env = environment ?? Environment.GetEnvironmentVariable;
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var stdout = r.InvocationConfiguration.Output;
            var stderr = r.InvocationConfiguration.Error;

            if (!CheckReport.TryParse(r.GetValue(format) ?? "text", out var reportFormat))
            {
                return Usage(stderr, $"unknown --format '{r.GetValue(format)}'; use text, json, junit or sarif");
            }

            Severity threshold;
            switch (r.GetValue(failOn)?.ToLowerInvariant())
            {
                case "error":
                    threshold = Severity.Error;
                    break;
                case "warning":
                    threshold = Severity.Warning;
                    break;
                default:
                    return Usage(stderr, $"unknown --fail-on '{r.GetValue(failOn)}'; use error or warning");
            }

            var patterns = r.GetValue(ignore) ?? [];
            if (IgnoreRules.Validate(patterns) is { } badPattern)
            {
                return Usage(stderr, badPattern);
            }

            var baseUrlValue = r.GetValue(baseUrl);
            if (baseUrlValue is not null && (!Uri.TryCreate(baseUrlValue, UriKind.Absolute, out var parsedBase) || parsedBase.Scheme is not ("http" or "https")))
            {
                return Usage(stderr, $"--base-url '{baseUrlValue}' is not an absolute http(s) URL");
            }

            var timeoutSeconds = r.GetValue(timeout);
            if (timeoutSeconds <= 0)
            {
                return Usage(stderr, "--timeout must be positive");
            }

            var siteDir = r.GetValue(site);
            var sourceDir = r.GetValue(source);
            if (siteDir is not null && (sourceDir is not null || r.GetValue(output) is not null))
            {
                return Usage(stderr, "use either --site or --source/--output, not both");
            }

            // --site: the folder as it is. --source: SiteGen's build in memory; its diagnostics (content
            // lint, and the errors of a failed build) become findings and site.yaml's ignore patterns apply.
            ICheckedSite? checkedSite;
            IReadOnlyList<Diagnostic> buildDiagnostics = [];
            if (siteDir is not null)
            {
                if (!Directory.Exists(siteDir))
                {
                    return Usage(stderr, $"--site folder '{siteDir}' does not exist");
                }

                checkedSite = new PhysicalSite(siteDir);
            }
            else if (build is null)
            {
                return Usage(stderr, "building before checking is not available yet; build the site, then run 'sitegen check --site DIR'");
            }
            else
            {
                var built = await build(sourceDir ?? ".", r.GetValue(output), stderr, ct).ConfigureAwait(false);
                if (IgnoreRules.Validate(built.Ignore) is { } badConfigPattern)
                {
                    return Usage(stderr, $"site.yaml check.ignore: {badConfigPattern}");
                }

                checkedSite = built.Site;
                buildDiagnostics = built.Diagnostics;
                patterns = [.. built.Ignore, .. patterns];
                if (checkedSite is null)
                {
                    stderr.WriteLine($"build failed with {buildDiagnostics.Count(d => d.Severity == Severity.Error)} error(s); links were not checked");
                }
            }

            var options = new LinkCheckOptions
            {
                BaseUrl = baseUrlValue,
                Ignore = patterns,
                External = r.GetValue(external),
                RequireDirectorySlash = r.GetValue(dirSlash),
                ExternalOptions = new ExternalCheckOptions
                {
                    RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
                    CachePath = r.GetValue(noCache) ? null : Path.Combine(".sitegen-cache", "links.json"),
                },
            };

            var inGitHub = string.Equals(env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
            var inCi = inGitHub || !string.IsNullOrEmpty(env("CI"));
            CheckResult result = new([], 0, 0);
            using (var probe = options.External ? (probeFactory ?? (o => new HttpLinkProbe(o)))(options.ExternalOptions) : null)
            {
                var checker = new LinkChecker(options, probe);
                var interactive = options.External && !inCi && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
                if (checkedSite is not null)
                {
                    result = interactive
                        ? await WithProgressBarAsync(checker, checkedSite, ct).ConfigureAwait(false)
                        : await checker.CheckAsync(checkedSite, options.External ? PlainProgress(stderr) : null, ct).ConfigureAwait(false);
                }
            }

            result = result.WithDiagnostics(buildDiagnostics);

            var reportPath = r.GetValue(report);
            try
            {
                if (reportPath is not null)
                {
                    var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath));
                    Directory.CreateDirectory(folder!);
                    await using (var file = new StreamWriter(reportPath))
                    {
                        file.NewLine = "\n";
                        CheckReport.Write(result, reportFormat, file);
                    }

                    stdout.WriteLine(TextReport.Summary(result));
                }
                else
                {
                    CheckReport.Write(result, reportFormat, stdout);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, $"cannot write report '{reportPath}': {ex.Message}");
            }

            if (inGitHub)
            {
                // Keep a machine-readable standard output clean; the runner reads commands from both streams.
                GitHubAnnotations.Write(result, reportPath is null && reportFormat != ReportFormat.Text ? stderr : stdout);
            }

            return result.HasFindingsAtOrAbove(threshold) ? Findings : Success;
        });

        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return UsageError;
    }

    private static IProgress<ExternalProgress> PlainProgress(TextWriter stderr)
    {
        var gate = new Lock();
        return new Progress<ExternalProgress>(p =>
        {
            if (p.Verdict == ExternalVerdict.Ok && p.Done % 25 != 0 && p.Done != p.Total)
            {
                return;
            }

            lock (gate)
            {
                stderr.WriteLine($"[{p.Done}/{p.Total}] {p.Verdict.ToString().ToLowerInvariant()} {p.Url}");
            }
        });
    }

    private static async Task<CheckResult> WithProgressBarAsync(LinkChecker checker, ICheckedSite site, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        CheckResult? result = null;
        await console.Progress()
            .AutoClear(true)
            .StartAsync(async context =>
            {
                var task = context.AddTask("external links", autoStart: true, maxValue: 1);
                var progress = new Progress<ExternalProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                });
                result = await checker.CheckAsync(site, progress, ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result!;
    }
}
