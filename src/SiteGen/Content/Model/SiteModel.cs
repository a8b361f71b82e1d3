using SiteGen.IO;

namespace SiteGen.Content.Model;

/// <summary>Everything Parse produced: the input of Validate and Assemble.</summary>
internal sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<ProgramDefinition> Programs,
    IReadOnlyList<MarkdownSource> Documents,
    IReadOnlyList<GlossaryTerm> Glossary,
    LandingPageSpec? LandingPage,
    ToiTemplate? Toi,
    IReadOnlyList<SitePath> StaticFiles);
