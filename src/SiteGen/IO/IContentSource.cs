namespace SiteGen.IO;

/// <summary>Read side of the file-system seam: the files under a site's source folder.</summary>
internal interface IContentSource
{
    /// <summary>All files, relative to the source root, sorted ordinally.</summary>
    IReadOnlyList<SitePath> Files { get; }

    bool Exists(SitePath path);

    string ReadText(SitePath path);

    byte[] ReadBytes(SitePath path);
}
