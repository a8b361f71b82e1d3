namespace SiteGen.Templates.Views;

/// <summary>A chapter, guide or plain page rendered from Markdown.</summary>
internal sealed record DocumentView(
    string Title,
    string? Section,
    string? Summary,
    string BodyHtml,
    IReadOnlyList<TocEntryView> Toc,
    LinkView? Program,
    LinkView? Previous,
    LinkView? Next,
    string SourceFile)
{
    public string? Date { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
