namespace SiteGen.Checks;

/// <summary>A folder of static HTML on disk, made by any generator.</summary>
public sealed class PhysicalSite : ICheckedSite
{
    private readonly string _root;

    public PhysicalSite(string root)
    {
        _root = Path.GetFullPath(root);
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(_root, file).Replace('\\', '/'));
        }

        files.Sort(StringComparer.Ordinal);
        Files = files;
    }

    public IReadOnlyList<string> Files { get; }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Path.Combine(_root, path));
}
