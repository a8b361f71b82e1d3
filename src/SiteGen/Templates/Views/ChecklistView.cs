namespace SiteGen.Templates.Views;

internal sealed record ChecklistView(ProgramCardView Program, IReadOnlyList<ChecklistGroupView> Groups, string CsvUrl);
