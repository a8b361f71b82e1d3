using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

/// <summary>programs/&lt;id&gt;/program.yaml.</summary>
internal sealed record ProgramDefinition(
    string Id,
    string Name,
    string ShortName,
    string GuideTitle,
    string GuideVersion,
    string Summary,
    IReadOnlyList<KeyFact> Facts,
    IReadOnlyList<Revision> Revisions,
    IReadOnlyList<Located<string>> RuleIds,
    SourceSpan Span)
{
    /// <summary>Where the summary's text starts.</summary>
    public SourceSpan SummaryAt { get; init; }
}
