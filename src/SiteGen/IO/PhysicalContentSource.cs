using System.Text;

namespace SiteGen.IO;

/// <summary>Files under a folder on disk. Hidden files and folders (starting with '.') are skipped.</summary>
internal sealed class PhysicalContentSource : IContentSource
{
    private readonly string _root;

    public PhysicalContentSource(string root)
    {
        _root = Path.GetFullPath(root);
        Files = Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                .Select(f => new SitePath(Path.GetRelativePath(_root, f)))
                .Where(p => !p.Value.Split('/').Any(s => s.StartsWith('.')))
                .Order()
                .ToList()
            : [];
    }

    public string Root => _root;

    public IReadOnlyList<SitePath> Files { get; }

    public bool Exists(SitePath path) => File.Exists(Full(path));

    public string ReadText(SitePath path) => File.ReadAllText(Full(path), Encoding.UTF8);

    public byte[] ReadBytes(SitePath path) => File.ReadAllBytes(Full(path));

    private string Full(SitePath path) => Path.Combine(_root, path.Value);
}
