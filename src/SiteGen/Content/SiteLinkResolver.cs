using SiteGen.IO;
using SiteGen.Markdown;

namespace SiteGen.Content;

/// <summary>
/// Resolves links written in content: relative paths to Markdown files become page URLs (as Hugo and
/// MkDocs do), relative paths to other content files become their output URL, and root-relative URLs
/// must name a page, a generated file (rules.json, checklist.csv) or a content file. Fragments and query strings are kept.
/// </summary>
internal sealed class SiteLinkResolver(SiteUrls urls, IReadOnlyDictionary<string, string> markdownUrls, IReadOnlySet<string> staticFiles, IReadOnlySet<string> pageUrls) : ILinkResolver
{
    public string? Resolve(string url, string contentPath)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? string.Empty : url[cut..];
        path = Uri.UnescapeDataString(path);

        if (path.StartsWith('/'))
        {
            var rooted = path.TrimStart('/');
            var withRoot = urls.Root + rooted;
            if (pageUrls.Contains(withRoot))
            {
                return withRoot + suffix;
            }

            if (pageUrls.Contains(withRoot + "/"))
            {
                return withRoot + "/" + suffix;
            }

            if (staticFiles.Contains(rooted) || rooted.Length == 0)
            {
                return withRoot + suffix;
            }

            return null;
        }

        var target = new SitePath(contentPath).Combine(path).Value;
        if (markdownUrls.TryGetValue(target, out var page))
        {
            return page + suffix;
        }

        if (staticFiles.Contains(target))
        {
            return urls.Root + target + suffix;
        }

        if (markdownUrls.TryGetValue(target.Length == 0 ? "index.md" : target + "/index.md", out var index))
        {
            return index + suffix;
        }

        return null;
    }
}
