namespace SiteGen.Templates.Views;

internal sealed record ProgramView(
    ProgramCardView Program,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<RevisionView> Revisions,
    IReadOnlyList<ChapterLinkView> Chapters,
    IReadOnlyList<RuleRefView> Rules,
    IReadOnlyList<OptionView> Levels,
    IReadOnlyList<OptionView> Phases,
    IReadOnlyList<OptionView> Topics,
    string ChecklistUrl,
    string CsvUrl);
