namespace SiteGen.Templates.Views;

internal sealed record RuleView(
    RuleRefView Rule,
    string PhaseLabel,
    string? RationaleHtml,
    string? EvidenceHtml,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LinkView> See,
    IReadOnlyList<string> Checks,
    IReadOnlyList<LinkView> Programs,
    IReadOnlyList<LinkView> Citations,
    string CompareUrl,
    string SourceFile);
