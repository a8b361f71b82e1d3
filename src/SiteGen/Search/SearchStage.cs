using SiteGen.Content.Model;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The Index stage: the search documents become the lunr index files the client loads, and the
/// glossary's acronym/expansion pairs become the synonyms it expands queries with.
/// </summary>
internal static class SearchStage
{
    public static void Write(IReadOnlyList<SearchDocument> documents, SiteModel site, OutputSet output, DiagnosticBag bag)
    {
        if (!site.Config.SearchEnabled)
        {
            return;
        }

        var synonyms = site.Glossary
            .Where(t => t.Expansion is not null)
            .Select(t => new SearchSynonym(t.Term, t.Expansion!))
            .ToList();
        var search = SiteSearchIndex.Build(documents, synonyms, bag);
        foreach (var (path, content) in search.Files())
        {
            output.Add(path, content);
        }
    }
}
