using SiteGen.Checks;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// Plugs SiteGen's own build into <c>sitegen check --source</c>: builds in memory with the
/// <c>data-sg-src</c> source positions kept, so findings name the Markdown line an author edits.
/// The build's diagnostics (content lint included) go back to the check, which reports them with
/// its link findings; a failed build has no files to check.
/// </summary>
internal static class CheckBuild
{
    public static Task<CheckedBuild> BuildAsync(string sourceDir, string? outputDir, TextWriter log, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var options = new BuildOptions(sourceDir, outputDir ?? Path.Combine(sourceDir, "_site")) { KeepSourceAttributes = true };
        var result = SiteBuilder.BuildInMemory(options, bag, cancellationToken);
        var site = result.Succeeded ? new InMemorySite(SiteBuilder.Files(result)) : null;
        return Task.FromResult(new CheckedBuild(site, bag.Sorted(), result.CheckIgnore));
    }
}
