using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// The Write stage: writes the whole site into a temporary folder next to the output folder and swaps
/// it in, so a failed or interrupted build leaves the previous output untouched.
/// </summary>
internal static class OutputWriter
{
    /// <summary>Returns false (with a diagnostic) when the output folder would overwrite or contain a protected folder.</summary>
    /// <param name="protectedDirs">Folders the output may not be, contain, or be inside of (content, theme, layouts).</param>
    /// <param name="projectDir">The project folder: the output may sit inside it but may not be it or contain it.</param>
    public static bool IsAllowed(string outputDir, IEnumerable<string> protectedDirs, string projectDir, DiagnosticBag bag)
    {
        var output = Full(outputDir);
        var project = Full(projectDir);
        var refused = protectedDirs.Select(Full)
            .Where(dir => output == dir || IsInside(dir, output) || IsInside(output, dir))
            .Concat(output == project || IsInside(project, output) ? [project] : [])
            .ToList();
        if (refused.Count == 0)
        {
            return true;
        }

        bag.Error(
            DiagnosticCodes.OutputRefused,
            $"refusing to write output to '{outputDir}': it is, contains or is inside '{refused[0]}', which the build reads",
            null,
            "choose an output folder outside content/ and the theme, e.g. --output _site");
        return false;
    }

    public static bool Write(OutputSet output, string outputDir, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        var target = Full(outputDir);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var temp = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            RemoveStale(parent, name);
            Directory.CreateDirectory(temp);
            var files = output.Files.Select(f => (File: Path.Combine(temp, f.Key.Replace('/', Path.DirectorySeparatorChar)), Bytes: f.Value)).ToList();
            foreach (var dir in files.Select(f => Path.GetDirectoryName(f.File)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(dir);
            }

            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, f => File.WriteAllBytes(f.File, f.Bytes));

            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }
            else if (File.Exists(target))
            {
                throw new IOException($"'{outputDir}' is a file, not a folder");
            }

            Directory.Move(temp, target);
            TryDelete(old);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temp);
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            if (ex is OperationCanceledException)
            {
                throw;
            }

            bag.Error(DiagnosticCodes.WriteFailed, $"could not write the output to '{outputDir}': {ex.Message}; the previous output is unchanged", null, "check the folder's permissions and free disk space");
            return false;
        }
    }

    private static void RemoveStale(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(dir)[(name.Length + 1)..];
            if (suffix.StartsWith(".tmp-", StringComparison.Ordinal) || suffix.StartsWith(".old-", StringComparison.Ordinal))
            {
                var pidText = suffix[5..].Split('-')[0];
                if (int.TryParse(pidText, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
                {
                    TryDelete(dir);
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Deletes a folder tree, its top-level subfolders in parallel (large sites have thousands).</summary>
    private static void TryDelete(string dir)
    {
        try
        {
            if (!Directory.Exists(dir))
            {
                return;
            }

            Parallel.ForEach(Directory.GetDirectories(dir), sub => Directory.Delete(sub, recursive: true));
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (folder == "/" && path != "/");

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
