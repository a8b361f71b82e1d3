namespace SiteGen.Checks;

/// <summary>What one parse of one HTML page yields: its fragment targets, its links and page-local findings.</summary>
internal sealed class PageScan(string path)
{
    public string Path { get; } = path;

    /// <summary>The first <c>&lt;base href&gt;</c>, as written; null when the page has none.</summary>
    public string? BaseHref { get; set; }

    /// <summary>Every <c>id</c> and every <c>a[name]</c> (case-sensitive).</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    public List<PageLink> Links { get; } = [];

    public List<Finding> Findings { get; } = [];
}
