namespace SiteGen.Templates.Views;

internal sealed record GlossaryView(IReadOnlyList<LinkView> Letters, IReadOnlyList<TermView> Terms);
