namespace SiteGen.Content;

/// <summary>The URL scheme of a built site. Every URL is root-relative and starts with <see cref="Root"/>.</summary>
internal sealed class SiteUrls(string root)
{
    public string Root { get; } = root.EndsWith('/') ? root : root + "/";

    public string Home => Root;

    public string Program(string id) => $"{Root}programs/{id}/";

    public string Chapter(string programId, string slug) => $"{Root}programs/{programId}/{slug}/";

    public string Checklist(string programId) => $"{Root}programs/{programId}/checklist/";

    public string ChecklistCsv(string programId) => $"{Root}programs/{programId}/checklist.csv";

    public string Rules => $"{Root}rules/";

    public string Rule(string id) => $"{Root}rules/{id}/";

    public string Compare => $"{Root}compare/";

    public string Topic(string id) => $"{Compare}#topic-{id}";

    public string Glossary => $"{Root}glossary/";

    public string Term(string anchor) => $"{Glossary}#{anchor}";

    public string LandingPage => $"{Root}landing-page/";

    public string Toi => $"{Root}toi/";

    public string Guides => $"{Root}guides/";

    public string Guide(string slug) => $"{Root}guides/{slug}/";

    public string Search => $"{Root}search/";

    public string RulesJson => $"{Root}rules.json";

    /// <summary>A plain Markdown page: <c>about.md</c> → <c>/about/</c>, <c>a/index.md</c> → <c>/a/</c>.</summary>
    public string Page(string contentPath)
    {
        var withoutExtension = contentPath[..^Path.GetExtension(contentPath).Length];
        if (withoutExtension == "index")
        {
            return Root;
        }

        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^"/index".Length];
        }

        return $"{Root}{withoutExtension}/";
    }

    /// <summary>The output file for a URL: directories get <c>index.html</c>.</summary>
    public string OutputPath(string url)
    {
        var path = url[Root.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
