using System.Text;

namespace SiteGen.Checks;

/// <summary>A built site held in memory (path → bytes), as the builder hands it over before writing.</summary>
public sealed class InMemorySite : ICheckedSite
{
    private readonly Dictionary<string, byte[]> _files;

    public InMemorySite(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            _files[path.Replace('\\', '/').TrimStart('/')] = bytes;
        }

        var list = _files.Keys.ToList();
        list.Sort(StringComparer.Ordinal);
        Files = list;
    }

    public IReadOnlyList<string> Files { get; }

    public byte[] ReadAllBytes(string path) => _files[path];

    /// <summary>
    /// Builds a site from txtar-style text: <c>-- path --</c> lines start a file, the lines after it are its content.
    /// </summary>
    public static InMemorySite FromText(string text)
    {
        var files = new List<KeyValuePair<string, byte[]>>();
        string? current = null;
        var content = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                current = line[3..^3].Trim();
                content.Clear();
                continue;
            }

            if (current is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        Flush();
        return new InMemorySite(files);

        void Flush()
        {
            if (current is not null)
            {
                files.Add(new(current, Encoding.UTF8.GetBytes(content.ToString())));
            }
        }
    }
}
