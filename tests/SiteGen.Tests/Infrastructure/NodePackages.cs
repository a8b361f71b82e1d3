using System.Diagnostics;

namespace SiteGen.Tests.Infrastructure;

/// <summary>Installs a folder's npm packages from its committed lock file once per test run (CI starts bare).</summary>
internal static class NodePackages
{
    private static readonly Lock Gate = new();

    public static void EnsureInstalled(string folder, string probe)
    {
        lock (Gate)
        {
            if (File.Exists(Path.Combine(folder, probe)))
            {
                return;
            }

            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started; install Node.js and npm");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(Path.Combine(folder, probe)))
            {
                throw new InvalidOperationException($"npm ci in {folder} failed ({process.ExitCode}): {stderr.Result}");
            }
        }
    }
}
