using SiteGen.Checks;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// Plugs SiteGen's own build into <c>sitegen check --source</c>: builds in memory with the
/// <c>data-sg-src</c> source positions kept, so findings name the Markdown line an author edits.
/// Build diagnostics (including content lint) are printed first; a failed build checks nothing.
/// </summary>
internal static class CheckBuild
{
    public static Task<ICheckedSite?> BuildAsync(string sourceDir, string? outputDir, TextWriter log, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var options = new BuildOptions(sourceDir, outputDir ?? Path.Combine(sourceDir, "_site")) { KeepSourceAttributes = true };
        var result = SiteBuilder.BuildInMemory(options, bag, cancellationToken);
        DiagnosticPrinter.Print(bag.Sorted(), log, quiet: true);
        if (!result.Succeeded)
        {
            log.WriteLine($"build failed: {bag.Count(Severity.Error)} error(s); nothing was checked");
            return Task.FromResult<ICheckedSite?>(null);
        }

        return Task.FromResult<ICheckedSite?>(new InMemorySite(SiteBuilder.Files(result)));
    }
}
