namespace SiteGen.Templates.Views;

internal sealed record CompareView(IReadOnlyList<LinkView> Programs, IReadOnlyList<CompareRowView> Rows, int SharedCount, int DifferentCount, int ColumnCount);
