using SiteGen.Content.Model;
using SiteGen.Diagnostics;
using SiteGen.IO;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// The Parse stage: YAML files become typed records and Markdown files become documents with front
/// matter. Paths in diagnostics are prefixed with <c>contentPrefix</c> (e.g. <c>content/</c>) so they
/// name the file as the author sees it from the project folder.
/// </summary>
internal sealed class ContentParser(IContentSource content, string contentPrefix, DiagnosticBag bag)
{
    private static readonly string[] ReservedRoots = ["site.yaml", "topics.yaml", "glossary.yaml", "landing-page.yaml", "toi.yaml"];

    public SiteModel Parse()
    {
        var files = content.Files;
        var config = ParseSite();
        var topics = ParseTopics();
        var glossary = ParseGlossary();
        var landing = files.Contains("landing-page.yaml") ? ParseLandingPage() : null;
        var toi = files.Contains("toi.yaml") ? ParseToi() : null;

        var rules = new List<Rule>();
        foreach (var path in files.Where(p => p.StartsWith("rules") && IsYaml(p)))
        {
            rules.AddRange(ParseRules(path, owner: null));
        }

        var programs = new List<ProgramDefinition>();
        var programIds = files
            .Where(p => p.StartsWith("programs") && p.Value.Count(c => c == '/') >= 2)
            .Select(p => p.Value.Split('/')[1])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var id in programIds)
        {
            var programFile = new SitePath($"programs/{id}/program.yaml");
            if (!content.Exists(programFile))
            {
                bag.Error(DiagnosticCodes.MissingFile, $"program folder 'programs/{id}' has no program.yaml", SourceSpan.FileOnly(Display($"programs/{id}")), "add program.yaml with name, shortName, guide and summary, or remove the folder");
                continue;
            }

            if (ParseProgram(id, programFile) is { } program)
            {
                programs.Add(program);
            }

            var rulesFile = new SitePath($"programs/{id}/rules.yaml");
            if (content.Exists(rulesFile))
            {
                rules.AddRange(ParseRules(rulesFile, owner: id));
            }
        }

        var markdownFiles = files.Where(p => p.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var documents = new MarkdownSource?[markdownFiles.Count];
        Parallel.For(0, markdownFiles.Count, i => documents[i] = ParseMarkdown(markdownFiles[i]));

        var staticFiles = new List<SitePath>();
        foreach (var path in files)
        {
            if (path.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || IsModelYaml(path))
            {
                continue;
            }

            if (IsYaml(path))
            {
                bag.Warning(DiagnosticCodes.UnknownKey, $"'{path}' is not part of the content model; it is copied to the output as is", SourceSpan.FileOnly(Display(path.Value)), "content YAML belongs in site.yaml, topics.yaml, glossary.yaml, landing-page.yaml, toi.yaml, rules/*.yaml or programs/<id>/");
            }

            staticFiles.Add(path);
        }

        return new SiteModel(
            config ?? new SiteConfig("Untitled", null, null, "en", [], [], null, true, []),
            topics,
            rules,
            programs,
            documents.OfType<MarkdownSource>().ToList(),
            glossary,
            landing,
            toi,
            staticFiles);
    }

    private bool IsModelYaml(SitePath path) =>
        ReservedRoots.Contains(path.Value, StringComparer.Ordinal)
        || (path.StartsWith("rules") && IsYaml(path))
        || (path.StartsWith("programs") && path.FileName is "program.yaml" or "rules.yaml" && path.Value.Count(c => c == '/') == 2);

    private static bool IsYaml(SitePath path) => path.Extension is ".yaml" or ".yml";

    private string Display(string path) => contentPrefix + path;

    private (YamlNode? Root, string File, string[] Lines) Load(SitePath path)
    {
        var file = Display(path.Value);
        var text = content.ReadText(path);
        return (YamlLoader.Load(file, text, bag), file, text.Split('\n'));
    }

    private SiteConfig? ParseSite()
    {
        if (!content.Exists("site.yaml"))
        {
            bag.Error(DiagnosticCodes.MissingFile, "site.yaml is missing", SourceSpan.FileOnly(Display("site.yaml")), "create content/site.yaml with at least 'title' and 'programs'");
            return null;
        }

        var (root, file, lines) = Load("site.yaml");
        if (MappingReader.For(root, file, bag, 0, "site.yaml", lines) is not { } r)
        {
            return null;
        }

        var nav = r.Records("nav", "nav link").Select(n =>
        {
            var link = new NavLink(n.String("title", true) ?? string.Empty, n.String("url", true) ?? string.Empty);
            n.Finish();
            return link;
        }).ToList();
        var search = r.Mapping("search");
        var searchEnabled = search?.Bool("enabled") ?? true;
        search?.Finish();
        var check = r.Mapping("check");
        var ignore = check?.StringList("ignore").Select(x => x.Value).ToList() ?? [];
        check?.Finish();
        var baseUrl = r.String("baseUrl");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            bag.Error(DiagnosticCodes.InvalidValue, $"site.yaml: 'baseUrl' is '{baseUrl}', which is not an absolute http(s) URL", r.SpanOfValue("baseUrl"), "write it like https://example.org/ or leave it out");
            baseUrl = null;
        }

        var config = new SiteConfig(
            r.String("title", true) ?? "Untitled",
            r.String("description"),
            baseUrl,
            r.String("language") ?? "en",
            r.StringList("programs", true),
            nav,
            r.String("footer"),
            searchEnabled,
            ignore);
        r.Finish();
        return config;
    }

    private List<Topic> ParseTopics()
    {
        if (!content.Exists("topics.yaml"))
        {
            return [];
        }

        var (root, file, lines) = Load("topics.yaml");
        if (MappingReader.For(root, file, bag, 0, "topics.yaml", lines) is not { } r)
        {
            return [];
        }

        var topics = new List<Topic>();
        foreach (var t in r.Records("topics", "topic", required: true))
        {
            var topic = new Topic(t.Id("id") ?? string.Empty, t.String("title", true) ?? string.Empty, t.String("description"), topics.Count, t.Span);
            t.Finish();
            topics.Add(topic);
        }

        r.Finish();
        return topics;
    }

    private List<GlossaryTerm> ParseGlossary()
    {
        if (!content.Exists("glossary.yaml"))
        {
            return [];
        }

        var (root, file, lines) = Load("glossary.yaml");
        if (MappingReader.For(root, file, bag, 0, "glossary.yaml", lines) is not { } r)
        {
            return [];
        }

        var terms = new List<GlossaryTerm>();
        foreach (var t in r.Records("terms", "glossary term", required: true))
        {
            var term = new GlossaryTerm(
                t.String("term", true) ?? string.Empty,
                t.String("expansion"),
                t.String("definition", true) ?? string.Empty,
                t.StringList("related"),
                t.String("source"),
                t.Span)
            {
                DefinitionAt = t.TextStart("definition"),
            };
            t.Finish();
            terms.Add(term);
        }

        r.Finish();
        return terms;
    }

    private LandingPageSpec? ParseLandingPage()
    {
        var (root, file, lines) = Load("landing-page.yaml");
        if (MappingReader.For(root, file, bag, 0, "landing-page.yaml", lines) is not { } r)
        {
            return null;
        }

        var fields = new List<LandingPageField>();
        foreach (var f in r.Records("fields", "landing-page field", required: true))
        {
            var detect = f.Mapping("detect");
            var field = new LandingPageField(
                f.Id("id") ?? string.Empty,
                f.String("label", true) ?? string.Empty,
                f.Enum("kind", LandingPageField.Kinds) ?? "text",
                f.Bool("required") ?? true,
                f.String("description", true) ?? string.Empty,
                f.StringList("rules"),
                detect?.StringList("labels").Select(x => x.Value).ToList() ?? [],
                detect?.String("pattern"),
                f.Span)
            {
                DescriptionAt = f.TextStart("description"),
            };
            if (field.DetectPattern is { } pattern)
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException ex)
                {
                    bag.Error(DiagnosticCodes.InvalidValue, $"landing-page field '{field.Id}': 'pattern' is not a valid regular expression: {ex.Message}", detect!.SpanOfValue("pattern"), "use .NET regular expression syntax; escape backslashes in double-quoted YAML");
                }
            }

            detect?.Finish();
            f.Finish();
            fields.Add(field);
        }

        var spec = new LandingPageSpec(r.String("section"), r.String("intro"), fields);
        r.Finish();
        return spec;
    }

    private ToiTemplate? ParseToi()
    {
        var (root, file, lines) = Load("toi.yaml");
        if (MappingReader.For(root, file, bag, 0, "toi.yaml", lines) is not { } r)
        {
            return null;
        }

        var sections = r.Records("sections", "TOI section", required: true).Select(s => ParseToiItem(s, isSection: true)).ToList();
        var session = r.Records("session", "TOI session item").Select(s => ParseToiItem(s, isSection: false)).ToList();
        var toi = new ToiTemplate(r.String("section"), r.String("intro"), sections, session);
        r.Finish();
        return toi;
    }

    private ToiItem ParseToiItem(MappingReader r, bool isSection)
    {
        var item = new ToiItem(
            r.Id("id") ?? string.Empty,
            isSection ? r.String("title", true) : r.String("title"),
            isSection ? r.String("text") : r.String("text", true),
            r.Records("items", "TOI item").Select(i => ParseToiItem(i, isSection: false)).ToList(),
            r.Span)
        {
            TextAt = r.TextStart("text"),
        };
        r.Finish();
        return item;
    }

    private List<Rule> ParseRules(SitePath path, string? owner)
    {
        var (root, file, lines) = Load(path);
        if (MappingReader.For(root, file, bag, 0, path.Value, lines) is not { } r)
        {
            return [];
        }

        var rules = new List<Rule>();
        foreach (var x in r.Records("rules", "rule", required: true))
        {
            var topic = x.Id("topic");
            var rule = new Rule(
                x.Id("id") ?? string.Empty,
                x.String("title", true) ?? string.Empty,
                x.Enum("level", Rule.Levels) ?? "info",
                new Located<string>(topic ?? string.Empty, x.SpanOfValue("topic")),
                x.String("section"),
                x.Enum("phase", Rule.Phases) ?? "guidelines",
                x.String("statement", true) ?? string.Empty,
                x.String("rationale"),
                x.String("evidence"),
                x.StringList("tags").Select(t => t.Value).ToList(),
                x.StringList("see"),
                x.StringList("checks").Select(t => t.Value).ToList(),
                owner,
                x.Span)
            {
                StatementAt = x.TextStart("statement"),
                RationaleAt = x.TextStart("rationale"),
                EvidenceAt = x.TextStart("evidence"),
            };
            x.Finish();
            rules.Add(rule);
        }

        r.Finish();
        return rules;
    }

    private ProgramDefinition? ParseProgram(string id, SitePath path)
    {
        var (root, file, lines) = Load(path);
        if (MappingReader.For(root, file, bag, 0, "program.yaml", lines) is not { } r)
        {
            return null;
        }

        var guide = r.Mapping("guide", required: true);
        var facts = r.Records("facts", "key fact").Select(f =>
        {
            var fact = new KeyFact(f.String("label", true) ?? string.Empty, f.String("value", true) ?? string.Empty, f.String("section")) { ValueAt = f.TextStart("value") };
            f.Finish();
            return fact;
        }).ToList();
        var revisions = r.Records("revisions", "revision").Select(v =>
        {
            var revision = new Revision(v.String("version", true) ?? string.Empty, v.String("date"), v.String("changes", true) ?? string.Empty) { ChangesAt = v.TextStart("changes") };
            v.Finish();
            return revision;
        }).ToList();
        var program = new ProgramDefinition(
            id,
            r.String("name", true) ?? id,
            r.String("shortName", true) ?? id,
            guide?.String("title", true) ?? string.Empty,
            guide?.String("version", true) ?? string.Empty,
            r.String("summary", true) ?? string.Empty,
            facts,
            revisions,
            r.StringList("rules"),
            r.Span)
        {
            SummaryAt = r.TextStart("summary"),
        };
        guide?.Finish();
        r.Finish();
        return program;
    }

    private MarkdownSource? ParseMarkdown(SitePath path)
    {
        var file = Display(path.Value);
        var text = content.ReadText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (yaml, closed) = FrontMatter.Split(text);
        var parts = path.Value.Split('/');
        var (kind, programId) = parts switch
        {
            ["programs", var program, "chapters", _] => (MarkdownKind.Chapter, program),
            ["guides", _] => (MarkdownKind.Guide, (string?)null),
            _ => (MarkdownKind.Page, (string?)null),
        };

        if (!closed)
        {
            bag.Error(DiagnosticCodes.FrontMatter, "front matter is not closed", new SourceSpan(file, 1, 1), "end the YAML block with a line containing only '---'");
            return null;
        }

        string? title = null, section = null, summary = null, date = null;
        IReadOnlyList<string> tags = [];
        var draft = false;
        var weight = 0;
        if (yaml is not null)
        {
            var root = YamlLoader.Load(file, yaml, bag, lineOffset: 1);
            if (root is not null && MappingReader.For(root, file, bag, 1, "front matter", yaml.Split('\n')) is { } r)
            {
                title = r.String("title", true);
                section = r.String("section");
                weight = r.Int("weight") ?? 0;
                summary = r.String("summary") ?? r.String("description");
                date = r.String("date");
                tags = r.StringList("tags").Select(t => t.Value).ToList();
                draft = r.Bool("draft") ?? false;
                if (kind == MarkdownKind.Chapter && section is null)
                {
                    bag.Warning(DiagnosticCodes.MissingFrontMatterField, "chapter front matter has no 'section'", r.Span, "add the section of the program guide this chapter restates, e.g. section: \"3.3\"");
                }

                r.Finish();
            }
            else if (root is null && yaml.Trim().Length == 0)
            {
                bag.Error(DiagnosticCodes.MissingKey, "front matter is empty: missing required key 'title'", new SourceSpan(file, 1, 1), "add 'title: …' to the front matter");
            }
        }
        else if (kind != MarkdownKind.Page)
        {
            bag.Error(DiagnosticCodes.FrontMatter, $"{(kind == MarkdownKind.Chapter ? "chapter" : "guide")} has no front matter", new SourceSpan(file, 1, 1), "start the file with '---', 'title: …', then '---'");
        }

        title ??= FirstHeading(text) ?? Path.GetFileNameWithoutExtension(path.FileName);
        var slug = Path.GetFileNameWithoutExtension(path.FileName);
        if (draft)
        {
            return null; // drafts are not published, as in Hugo without --buildDrafts
        }

        return new MarkdownSource(file, kind, programId, slug, title, section, weight, summary, text) { Date = date, Tags = tags };
    }

    private static string? FirstHeading(string text) =>
        text.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
}
