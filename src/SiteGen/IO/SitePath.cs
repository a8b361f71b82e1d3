namespace SiteGen.IO;

/// <summary>
/// A relative path inside a site (source or output): forward slashes, no leading slash,
/// no <c>.</c> or <c>..</c> segments, compared ordinally.
/// </summary>
public readonly record struct SitePath : IComparable<SitePath>
{
    public SitePath(string value)
    {
        Value = Normalize(value);
    }

    public string Value { get; }

    public string FileName => Value[(Value.LastIndexOf('/') + 1)..];

    public string Directory => Value.LastIndexOf('/') is var i && i >= 0 ? Value[..i] : string.Empty;

    public string Extension => Path.GetExtension(FileName);

    public SitePath Combine(string relative) =>
        new(Directory.Length == 0 ? relative : Directory + "/" + relative);

    public bool StartsWith(string folder) =>
        Value.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    public int CompareTo(SitePath other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static implicit operator SitePath(string value) => new(value);

    private static string Normalize(string value)
    {
        var parts = new List<string>();
        foreach (var part in value.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
