using System.Security.Cryptography;
using SiteGen.IO;
using SiteGen.Output;

namespace SiteGen.Templates;

/// <summary>
/// Theme assets copied with a content hash in the file name (<c>assets/css/site.3f2a9c1d.css</c>) so
/// browsers and CDNs can cache them forever; templates get the hashed URLs.
/// </summary>
internal sealed class AssetSet
{
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public AssetSet(IContentSource theme, string root, OutputSet output, IEnumerable<(string LogicalPath, byte[] Bytes)> extra)
    {
        var files = theme.Files
            .Where(p => p.StartsWith("assets"))
            .Select(p => (LogicalPath: p.Value, Bytes: theme.ReadBytes(p)))
            .Concat(extra)
            .OrderBy(f => f.LogicalPath, StringComparer.Ordinal);
        foreach (var (logical, bytes) in files)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(logical);
            var hashed = $"{logical[..^extension.Length]}.{hash}{extension}";
            output.Add(hashed, bytes);
            _urls[logical] = root + hashed;
        }
    }

    /// <summary>URL of an asset by its path in the theme, e.g. <c>assets/css/site.css</c>; null if absent.</summary>
    public string? Url(string logicalPath) => _urls.GetValueOrDefault(logicalPath);
}
