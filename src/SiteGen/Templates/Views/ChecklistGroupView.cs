namespace SiteGen.Templates.Views;

internal sealed record ChecklistGroupView(string Phase, string Label, IReadOnlyList<RuleRefView> Rules);
