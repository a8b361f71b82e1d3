using SiteGen.Content.Model;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>The Index stage: turns the search documents into the files the client loads.</summary>
internal static class SearchStage
{
    public static void Write(IReadOnlyList<SearchDocument> documents, SiteModel site, OutputSet output, DiagnosticBag bag)
    {
        _ = documents;
        _ = site;
        _ = output;
        _ = bag;
    }
}
