namespace SiteGen.Templates.Views;

internal sealed record CompareCellView(string ProgramName, IReadOnlyList<RuleRefView> Rules);
