namespace SiteGen.Checks;

/// <summary>
/// The files of a built site as the checker sees them: relative paths with forward slashes,
/// compared ordinally (case-sensitive even on case-insensitive file systems).
/// </summary>
public interface ICheckedSite
{
    /// <summary>Every file, relative to the site root, sorted ordinally.</summary>
    IReadOnlyList<string> Files { get; }

    byte[] ReadAllBytes(string path);
}
