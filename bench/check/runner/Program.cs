using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

internal static class Program
{
    public static int Main(string[] args) => new RootCommand("sitegen (check only)") { CheckCommand.Create() }.Parse(args).Invoke();
}
