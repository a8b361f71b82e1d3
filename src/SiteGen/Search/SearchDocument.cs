namespace SiteGen.Search;

/// <summary>
/// One searchable unit of the built site: a rule, a chapter/guide section (per heading) or a glossary term.
/// The build produces these (Assemble stage); the Index stage turns them into the lunr index and the
/// result metadata the client shows.
/// </summary>
/// <param name="Ref">Stable document reference: the URL with fragment, e.g. <c>/rules/hex-toi-required/</c> or <c>/glossary/#toi</c>.</param>
/// <param name="Kind"><c>rule</c>, <c>section</c>, <c>term</c> or <c>page</c>.</param>
/// <param name="Title">Shown as the result title; indexed with a boost.</param>
/// <param name="Body">Plain text (no HTML), indexed and used for excerpts.</param>
/// <param name="Id">Identifiers typed as-is: rule id, section number ("3.3.2.2"), term.</param>
/// <param name="Programs">Program ids the document belongs to (empty = all / none).</param>
/// <param name="Level">Rule level (<c>must</c>/<c>should</c>/<c>may</c>/<c>info</c>) or null.</param>
/// <param name="Tags">Free tags.</param>
internal sealed record SearchDocument(
    string Ref,
    string Kind,
    string Title,
    string Body,
    string Id,
    IReadOnlyList<string> Programs,
    string? Level,
    IReadOnlyList<string> Tags);
