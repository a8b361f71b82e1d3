using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The <c>sitegen</c> command: System.CommandLine wiring only; the work is in the engine.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI with the given output writers (tests capture them).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            var root = new RootCommand("SiteGen: build, search and check partner-program compliance knowledge bases")
            {
                BuildCommand.Create(),
                CheckCommand.Create(CheckBuild.BuildAsync),
            };
            var parse = root.Parse(args.Where(a => a != "--verbose").ToArray());
            var configuration = new InvocationConfiguration { Output = output, Error = error };
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine($"error: {parseError.Message}");
                }

                error.WriteLine("run 'sitegen --help' for usage");
                return (int)ExitCode.UsageError;
            }

            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (!verbose)
        {
            error.WriteLine($"internal error: {ex.Message} (this is a bug in SiteGen; run with --verbose for details and report it)");
            return (int)ExitCode.Crash;
        }
    }
}
