using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

internal sealed record GlossaryTerm(
    string Term,
    string? Expansion,
    string Definition,
    IReadOnlyList<Located<string>> Related,
    string? Source,
    SourceSpan Span)
{
    /// <summary>Where the definition's text starts.</summary>
    public SourceSpan DefinitionAt { get; init; }

    /// <summary>Anchor on the glossary page, e.g. <c>toi</c>, <c>hex-dk</c>.</summary>
    public string Anchor => Slugs.From(Term);
}
