namespace SiteGen.Templates.Views;

internal sealed record CompareRowView(string Id, string Title, string? Description, bool Shared, IReadOnlyList<RuleRefView> SharedRules, IReadOnlyList<CompareCellView> Cells);
