namespace SiteGen.Templates.Views;

internal sealed record HomeView(string? DescriptionHtml, IReadOnlyList<ProgramCardView> Programs, IReadOnlyList<LinkView> Sections, int RuleCount, int TermCount, int TopicCount, int DifferenceCount);
