namespace SiteGen.IO;

/// <summary>
/// Looks files up in a list of sources, first match wins (a site's own <c>layouts/</c> over the theme's).
/// </summary>
internal sealed class OverlayContentSource(params IContentSource[] layers) : IContentSource
{
    public IReadOnlyList<SitePath> Files { get; } = layers.SelectMany(l => l.Files).Distinct().Order().ToList();

    public bool Exists(SitePath path) => layers.Any(l => l.Exists(path));

    public string ReadText(SitePath path) => First(path).ReadText(path);

    public byte[] ReadBytes(SitePath path) => First(path).ReadBytes(path);

    private IContentSource First(SitePath path) =>
        layers.FirstOrDefault(l => l.Exists(path)) ?? throw new FileNotFoundException(path.Value);
}
