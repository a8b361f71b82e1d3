using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Search;

/// <summary>
/// Runs the node harness in <c>tests/lunr-verify</c> (real lunr.js 2.3.9, pinned by package-lock.json).
/// Installs it with <c>npm ci</c> once when <c>node_modules</c> is missing, guarded by an in-process lock
/// and a lock file so parallel test processes do not install twice. A missing node fails the test.
/// </summary>
internal static class LunrVerify
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static volatile bool _installed;

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "lunr-verify");

    public static async Task EnsureInstalledAsync()
    {
        if (_installed)
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            if (_installed)
            {
                return;
            }

            var node = await RunAsync("node", ["--version"], Directory, allowMissing: true);
            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    "node is not on PATH: the lunr.js compatibility tests need Node.js (>= 18) and npm. " +
                    "Install Node.js, then run `npm ci` in tests/lunr-verify. " + node.StandardError);
            }

            using (await AcquireFileLockAsync(Path.Combine(Directory, ".npm-ci.lock")))
            {
                if (!File.Exists(Path.Combine(Directory, "node_modules", "lunr", "lunr.js")))
                {
                    var npm = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Directory, allowMissing: true);
                    if (npm.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"`npm ci` in {Directory} failed ({npm.ExitCode}):\n{npm.StandardOutput}\n{npm.StandardError}");
                    }
                }
            }

            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public static async Task<ProcessResult> NodeAsync(params string[] arguments)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", arguments, Directory, allowMissing: false);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<IDisposable> AcquireFileLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<ProcessResult> RunAsync(string file, IReadOnlyList<string> arguments, string workingDirectory, bool allowMissing)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + file);
        }
        catch (System.ComponentModel.Win32Exception e) when (allowMissing)
        {
            return new ProcessResult(-1, string.Empty, $"could not start `{file}`: {e.Message}");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return new ProcessResult(process.ExitCode, await stdout, await stderr);
        }
    }
}
