namespace SiteGen.Templates.Views;

/// <summary>A rule as it appears in lists, tables and the comparison.</summary>
internal sealed record RuleRefView(
    string Id,
    string Title,
    string Level,
    string LevelLabel,
    string Phase,
    string Topic,
    string TopicTitle,
    string? Section,
    string Url,
    string StatementHtml,
    string StatementText,
    bool Shared,
    string ProgramNames,
    string ProgramIds);
