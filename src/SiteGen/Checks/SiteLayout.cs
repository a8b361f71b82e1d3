using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>
/// The files, directories and page anchors of a checked site, and how a local path resolves
/// against them. Matching is ordinal (case-sensitive) against the file listing.
/// </summary>
internal sealed class SiteLayout
{
    /// <summary>The host of the synthetic origin pages are resolved against.</summary>
    public const string InternalHost = "sitegen.invalid";

    private readonly HashSet<string> _files;
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { string.Empty };
    private readonly Dictionary<string, PageScan> _pages;
    private readonly IReadOnlyList<string> _indexFiles;

    public SiteLayout(IReadOnlyList<string> files, IEnumerable<PageScan> pages, IReadOnlyList<string> indexFiles)
    {
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slash = file.LastIndexOf('/');
            while (slash > 0 && _directories.Add(file[..slash]))
            {
                slash = file.LastIndexOf('/', slash - 1);
            }
        }

        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _indexFiles = indexFiles;
    }

    public static Uri PageUri(string path) =>
        new("http://" + InternalHost + "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>Null when <paramref name="escapedPath"/> (absolute, percent-encoded) and the fragment resolve.</summary>
    public LocalProblem? Resolve(string escapedPath, string? fragment, PageScan from, bool requireDirectorySlash)
    {
        var path = Uri.UnescapeDataString(escapedPath.TrimStart('/'));
        string target;
        var slashless = false;
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var directory = path.TrimEnd('/');
            if (_directories.Contains(directory))
            {
                if (IndexOf(directory) is not { } index)
                {
                    return Missing($"directory '{directory}/' has no {string.Join(" or ", _indexFiles)}");
                }

                target = index;
            }
            else if (_files.Contains(directory))
            {
                return Missing($"'{directory}' is a file, not a directory; remove the trailing slash");
            }
            else
            {
                return Missing($"'{path}' does not exist");
            }
        }
        else if (_files.Contains(path))
        {
            target = path;
        }
        else if (_directories.Contains(path))
        {
            if (IndexOf(path) is not { } index)
            {
                return Missing($"directory '{path}/' has no {string.Join(" or ", _indexFiles)}");
            }

            target = index;
            slashless = true;
        }
        else if (path.LastIndexOf('.') <= path.LastIndexOf('/') && _files.Contains(path + ".html"))
        {
            target = path + ".html";
        }
        else
        {
            return Missing($"'{path}' does not exist");
        }

        if (!string.IsNullOrEmpty(fragment) && _pages.TryGetValue(target, out var page) && !HasAnchor(page, fragment))
        {
            var where = ReferenceEquals(page, from) ? "this page" : $"'{target}'";
            return new LocalProblem(Severity.Error, CheckCodes.MissingFragment, $"fragment '#{fragment}' does not match an id or a[name] on {where}");
        }

        return slashless && requireDirectorySlash
            ? new LocalProblem(Severity.Warning, CheckCodes.DirectoryWithoutSlash, $"'{path}' is a directory; link to '{path}/'")
            : null;
    }

    private static bool HasAnchor(PageScan page, string fragment)
    {
        if (page.Anchors.Contains(fragment) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (fragment.Contains('%'))
        {
            var decoded = Uri.UnescapeDataString(fragment);
            return page.Anchors.Contains(decoded) || decoded.Equals("top", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private string? IndexOf(string directory)
    {
        foreach (var name in _indexFiles)
        {
            var candidate = directory.Length == 0 ? name : directory + "/" + name;
            if (_files.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static LocalProblem Missing(string message) => new(Severity.Error, CheckCodes.MissingFile, message);
}
