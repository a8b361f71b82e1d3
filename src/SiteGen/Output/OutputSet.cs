using System.Text;

namespace SiteGen.Output;

/// <summary>The whole built site in memory: output path → bytes, sorted ordinally.</summary>
internal sealed class OutputSet
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyCollection<string> Paths
    {
        get
        {
            lock (_gate)
            {
                return _files.Keys.ToList();
            }
        }
    }

    public IEnumerable<KeyValuePair<string, byte[]>> Files
    {
        get
        {
            lock (_gate)
            {
                return _files.ToList();
            }
        }
    }

    public void Add(string path, byte[] bytes)
    {
        lock (_gate)
        {
            _files[path] = bytes;
        }
    }

    public void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public bool Contains(string path)
    {
        lock (_gate)
        {
            return _files.ContainsKey(path);
        }
    }

    public byte[] Get(string path)
    {
        lock (_gate)
        {
            return _files[path];
        }
    }

    public string GetText(string path) => Encoding.UTF8.GetString(Get(path));
}
