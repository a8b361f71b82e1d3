using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: parse options, run the pipeline, print diagnostics, return an exit code.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source", "-s") { Description = "Project folder containing content/ (default: current folder)", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--output", "-o") { Description = "Output folder (default: _site)", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served from; overrides site.yaml baseUrl" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: themes/default next to content/, else the bundled theme)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings and errors" };
        var timings = new Option<bool>("--timings") { Description = "Print the wall time of each pipeline stage" };
        var command = new Command("build", "Build content/ into a static site") { source, output, baseUrl, theme, quiet, timings };
        command.SetAction((result, cancellationToken) =>
        {
            var outWriter = result.InvocationConfiguration.Output;
            var errWriter = result.InvocationConfiguration.Error;
            var url = result.GetValue(baseUrl);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errWriter.WriteLine($"error: --base-url '{url}' is not an absolute http(s) URL");
                return Task.FromResult((int)ExitCode.UsageError);
            }

            var options = new BuildOptions(result.GetValue(source)!, result.GetValue(output)!) { BaseUrl = url, ThemeDir = result.GetValue(theme) };
            var bag = new DiagnosticBag();
            var build = SiteBuilder.Build(options, bag, cancellationToken);
            var isQuiet = result.GetValue(quiet);
            DiagnosticPrinter.Print(bag.Sorted(), errWriter, isQuiet);
            if (!build.Succeeded)
            {
                errWriter.WriteLine($"build failed: {bag.Count(Severity.Error)} error(s), {bag.Count(Severity.Warning)} warning(s); the previous output (if any) is unchanged");
                var usage = bag.Sorted().Any(d => d.Code is DiagnosticCodes.OutputRefused or DiagnosticCodes.SourceMissing);
                return Task.FromResult((int)(usage ? ExitCode.UsageError : ExitCode.Findings));
            }

            if (result.GetValue(timings))
            {
                foreach (var (stage, elapsed) in build.Stages)
                {
                    outWriter.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-14} {elapsed.TotalMilliseconds,8:F0} ms"));
                }
            }

            if (!isQuiet)
            {
                outWriter.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {build.Pages} pages ({build.Files} files) into {options.OutputDir} in {build.Elapsed.TotalMilliseconds:F0} ms; {bag.Count(Severity.Warning)} warning(s)"));
            }

            return Task.FromResult((int)ExitCode.Success);
        });
        return command;
    }
}
