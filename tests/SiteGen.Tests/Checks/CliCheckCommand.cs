using System.CommandLine;
using System.Reflection;
using System.Runtime.Loader;
using SiteGen.Checks;
using SiteGen.Checks.External;

namespace SiteGen.Tests.Checks;

/// <summary>
/// Loads the real <c>CheckCommand</c> from the CLI assembly. The CLI's assembly name <c>sitegen</c>
/// differs from the engine's <c>SiteGen</c> only by case, and assembly names are compared
/// case-insensitively, so a plain reference resolves to the engine; loading sitegen.dll by path in
/// its own load context (everything else shared with the default context) avoids the clash.
/// Remove once the CLI's AssemblyName no longer collides with the engine's.
/// </summary>
internal static class CliCheckCommand
{
    private static readonly Lazy<MethodInfo> Factory = new(() =>
    {
        var context = new AssemblyLoadContext("sitegen-cli");
        var assembly = context.LoadFromAssemblyPath(CliAssemblyPath());
        var type = assembly.GetType("SiteGen.Cli.Commands.CheckCommand", throwOnError: true)!;
        return type.GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Static, [typeof(BuildForCheck), typeof(Func<string, string?>), typeof(Func<ExternalCheckOptions, IExternalLinkProbe>)])!;
    });

    // The test output folder holds only one of SiteGen.dll / sitegen.dll (the copy step dedupes by
    // name, ignoring case), so take the CLI from its own build output, same configuration.
    private static string CliAssemblyPath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "SiteGen.Cli", "bin", configuration, framework, "sitegen.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("sitegen.dll not found; build src/SiteGen.Cli first");
    }

    public static Command Create(BuildForCheck? build, Func<string, string?> environment) =>
        (Command)Factory.Value.Invoke(null, [build, environment, null])!;
}
