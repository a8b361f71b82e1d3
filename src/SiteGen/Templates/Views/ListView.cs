namespace SiteGen.Templates.Views;

/// <summary>An index page: guides, all rules.</summary>
internal sealed record ListView(string? IntroHtml, IReadOnlyList<ChapterLinkView> Items, IReadOnlyList<RuleRefView> Rules, IReadOnlyList<OptionView> Levels, IReadOnlyList<OptionView> Phases, IReadOnlyList<OptionView> Topics, IReadOnlyList<OptionView> ProgramOptions);
