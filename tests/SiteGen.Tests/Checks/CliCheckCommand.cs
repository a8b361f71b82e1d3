using System.CommandLine;
using SiteGen.Checks;
using SiteGen.Cli.Commands;

namespace SiteGen.Tests.Checks;

/// <summary>The real <c>CheckCommand</c> with test-supplied build and environment.</summary>
internal static class CliCheckCommand
{
    public static Command Create(BuildForCheck? build, Func<string, string?> environment) =>
        CheckCommand.Create(build, environment);
}
