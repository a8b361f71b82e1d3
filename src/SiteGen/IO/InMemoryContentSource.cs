using System.Text;

namespace SiteGen.IO;

/// <summary>Files held in memory: "a site in a string" tests and the dev server use it.</summary>
internal sealed class InMemoryContentSource : IContentSource
{
    private readonly SortedDictionary<SitePath, byte[]> _files = [];

    public InMemoryContentSource(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (path, text) in files)
        {
            _files[new SitePath(path)] = Encoding.UTF8.GetBytes(text);
        }
    }

    public IReadOnlyList<SitePath> Files => _files.Keys.ToList();

    public bool Exists(SitePath path) => _files.ContainsKey(path);

    public string ReadText(SitePath path) => Encoding.UTF8.GetString(_files[path]);

    public byte[] ReadBytes(SitePath path) => _files[path];
}
