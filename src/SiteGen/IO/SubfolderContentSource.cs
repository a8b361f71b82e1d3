namespace SiteGen.IO;

/// <summary>A view of one folder inside another source (e.g. <c>content/</c> inside the project).</summary>
internal sealed class SubfolderContentSource : IContentSource
{
    private readonly IContentSource _inner;
    private readonly string _prefix;

    public SubfolderContentSource(IContentSource inner, string folder)
    {
        _inner = inner;
        _prefix = folder.Trim('/') + "/";
        Files = inner.Files
            .Where(p => p.Value.StartsWith(_prefix, StringComparison.Ordinal))
            .Select(p => new SitePath(p.Value[_prefix.Length..]))
            .ToList();
    }

    public IReadOnlyList<SitePath> Files { get; }

    public bool Exists(SitePath path) => _inner.Exists(new SitePath(_prefix + path.Value));

    public string ReadText(SitePath path) => _inner.ReadText(new SitePath(_prefix + path.Value));

    public byte[] ReadBytes(SitePath path) => _inner.ReadBytes(new SitePath(_prefix + path.Value));
}
