using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

/// <summary>One requirement. <see cref="OwnerProgram"/> is set for rules in programs/&lt;id&gt;/rules.yaml.</summary>
internal sealed record Rule(
    string Id,
    string Title,
    string Level,
    Located<string> Topic,
    string? Section,
    string Phase,
    string Statement,
    string? Rationale,
    string? Evidence,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Located<string>> See,
    IReadOnlyList<string> Checks,
    string? OwnerProgram,
    SourceSpan Span)
{
    /// <summary>Where the statement's text starts (for positions of Markdown inside it).</summary>
    public SourceSpan StatementAt { get; init; }

    public SourceSpan RationaleAt { get; init; }

    public SourceSpan EvidenceAt { get; init; }

    public static readonly IReadOnlyList<string> Levels = ["must", "should", "may", "info"];

    public static readonly IReadOnlyList<string> Phases = ["guidelines", "pre-release", "release", "post-release", "re-validation"];

    public int LevelOrder => Levels.ToList().IndexOf(Level);

    public int PhaseOrder => Phases.ToList().IndexOf(Phase);
}
