namespace SiteGen.Markdown;

/// <summary>Maps a link as written in Markdown to its URL in the built site.</summary>
internal interface ILinkResolver
{
    /// <summary>
    /// Returns the URL to write, or null when the target does not exist (the caller reports SG2002).
    /// <paramref name="contentPath"/> is the content-relative path of the file containing the link.
    /// </summary>
    string? Resolve(string url, string contentPath);
}
