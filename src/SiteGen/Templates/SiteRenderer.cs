using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Search;
using SiteGen.Templates.Views;

namespace SiteGen.Templates;

/// <summary>
/// Assemble and Render: gives every page its URL, builds the link table, the program comparison and
/// the view model of each page, renders Markdown and layouts, and lists the search documents.
/// </summary>
internal sealed class SiteRenderer
{
    private static readonly Dictionary<string, string> LevelLabels = new(StringComparer.Ordinal)
    {
        ["must"] = "MUST", ["should"] = "SHOULD", ["may"] = "MAY", ["info"] = "INFO",
    };

    private static readonly Dictionary<string, string> PhaseLabels = new(StringComparer.Ordinal)
    {
        ["guidelines"] = "Program guidelines",
        ["pre-release"] = "Pre-release",
        ["release"] = "Release",
        ["post-release"] = "Post-release",
        ["re-validation"] = "Re-validation",
    };

    private readonly SiteModel _site;
    private readonly SiteUrls _urls;
    private readonly TemplateSet _templates;
    private readonly AssetUrls _assets;
    private readonly DiagnosticBag _bag;
    private readonly string _contentPrefix;
    private readonly List<ProgramDefinition> _programs;
    private readonly Dictionary<string, Topic> _topics;
    private readonly Dictionary<string, Rule> _rules;
    private readonly Dictionary<string, List<string>> _ruleProgramIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Rule>> _programRules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _markdownUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlossaryTerm> _terms;
    private readonly MarkdownRenderer _markdown;
    private readonly HashSet<string> _usedTerms = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RuleRefView> _ruleRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Rationale, string? Evidence)> _ruleExtras = new(StringComparer.Ordinal);
    private readonly List<SearchDocument> _searchDocuments = [];
    private readonly Dictionary<string, ProgramCardView> _cards = new(StringComparer.Ordinal);
    private SiteView _siteView = null!;
    private List<CompareRowView> _compareRows = [];

    public SiteRenderer(SiteModel site, SiteUrls urls, TemplateSet templates, AssetUrls assets, string contentPrefix, DiagnosticBag bag)
    {
        _site = site;
        _urls = urls;
        _templates = templates;
        _assets = assets;
        _bag = bag;
        _contentPrefix = contentPrefix;
        var byId = site.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _programs = site.Config.ProgramIds.Select(p => byId.GetValueOrDefault(p.Value)).OfType<ProgramDefinition>().Distinct().ToList();
        _topics = site.Topics.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _rules = site.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _terms = site.Glossary.GroupBy(t => t.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var program in _programs)
        {
            var included = program.RuleIds.Select(r => r.Value)
                .Concat(site.Rules.Where(r => r.OwnerProgram == program.Id).Select(r => r.Id))
                .Distinct(StringComparer.Ordinal)
                .Select(id => _rules.GetValueOrDefault(id))
                .OfType<Rule>()
                .Where(r => r.OwnerProgram is null || r.OwnerProgram == program.Id)
                .OrderBy(r => r, RuleOrder)
                .ToList();
            _programRules[program.Id] = included;
            foreach (var rule in included)
            {
                if (!_ruleProgramIds.TryGetValue(rule.Id, out var list))
                {
                    _ruleProgramIds[rule.Id] = list = [];
                }

                list.Add(program.Id);
            }
        }

        foreach (var doc in site.Documents)
        {
            _markdownUrls[ContentPath(doc)] = UrlOf(doc);
        }

        var staticFiles = site.StaticFiles.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var pageUrls = AllPageUrls().ToHashSet(StringComparer.Ordinal);
        var acronyms = new AcronymIndex(site.Glossary.Select(t => (t.Term, t.Expansion)));
        _markdown = new MarkdownRenderer(new SiteLinkResolver(urls, _markdownUrls, staticFiles, pageUrls), acronyms);
    }

    public IReadOnlyList<SearchDocument> SearchDocuments
    {
        get
        {
            lock (_gate)
            {
                return _searchDocuments.OrderBy(d => d.Ref, StringComparer.Ordinal).ToList();
            }
        }
    }

    private static Comparer<Rule> RuleOrder { get; } = Comparer<Rule>.Create((a, b) =>
    {
        var c = a.PhaseOrder.CompareTo(b.PhaseOrder);
        if (c == 0)
        {
            c = SectionOrder.Instance.Compare(a.Section, b.Section);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Renders every page; returns (output path, html) pairs and fills <see cref="SearchDocuments"/>.</summary>
    public IReadOnlyList<(string Path, string Content)> Render()
    {
        _siteView = BuildSiteView();
        foreach (var rule in _rules.Values)
        {
            PrepareRule(rule);
        }

        // Shared by several pages: built once, before the pages render in parallel.
        foreach (var program in _programs)
        {
            _cards[program.Id] = BuildCard(program);
        }

        _compareRows = CompareRows();

        var jobs = new List<Func<(string Url, string Kind, PageView Page)?>>
        {
            Home,
            RulesIndex,
            Compare,
            Glossary,
            GuidesIndex,
            SearchPage,
            NotFound,
        };
        if (_site.LandingPage is not null)
        {
            jobs.Add(LandingPage);
        }

        if (_site.Toi is not null)
        {
            jobs.Add(Toi);
        }

        foreach (var program in _programs)
        {
            jobs.Add(() => Program(program));
            jobs.Add(() => Checklist(program));
        }

        foreach (var rule in _rules.Values)
        {
            jobs.Add(() => RulePage(rule));
        }

        foreach (var doc in _site.Documents)
        {
            jobs.Add(() => Document(doc));
        }

        var results = new (string Path, string Content)?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            if (jobs[i]() is not { } page)
            {
                return;
            }

            var html = _templates.Render(page.Kind, page.Page);
            if (html is not null)
            {
                var path = page.Url == _urls.Root + "404.html" ? "404.html" : _urls.OutputPath(page.Url);
                results[i] = (path, html);
            }
        });

        var referencedTerms = new HashSet<string>(_usedTerms, StringComparer.Ordinal);
        referencedTerms.UnionWith(_site.Rules.SelectMany(r => r.See).Where(s => s.Value.StartsWith("term:", StringComparison.Ordinal)).Select(s => s.Value["term:".Length..]));
        referencedTerms.UnionWith(_site.Glossary.SelectMany(t => t.Related).Select(r => r.Value));
        foreach (var term in _site.Glossary)
        {
            if (!referencedTerms.Contains(term.Term))
            {
                _bag.Info(DiagnosticCodes.UnreferencedTerm, $"glossary term '{term.Term}' is not used in any page", term.Span, "use it in content, reference it from a rule's 'see' as 'term:" + term.Term + "', or remove it");
            }
        }

        return results.OfType<(string, string)>().ToList();
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Rule>> ProgramRules =>
        _programRules.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Rule>)kv.Value, StringComparer.Ordinal);

    public IReadOnlyList<ProgramDefinition> Programs => _programs;

    public IReadOnlyList<string> ProgramsOf(string ruleId) => _ruleProgramIds.GetValueOrDefault(ruleId) ?? [];

    public IEnumerable<string> AllPageUrls()
    {
        yield return _urls.Home;
        yield return _urls.Rules;
        yield return _urls.Compare;
        yield return _urls.Glossary;
        yield return _urls.Guides;
        yield return _urls.Search;
        yield return _urls.RulesJson;
        yield return _urls.Root + "404.html";
        yield return _urls.Root + "sitemap.xml";
        if (_site.LandingPage is not null)
        {
            yield return _urls.LandingPage;
        }

        if (_site.Toi is not null)
        {
            yield return _urls.Toi;
        }

        foreach (var program in _programs)
        {
            yield return _urls.Program(program.Id);
            yield return _urls.Checklist(program.Id);
            yield return _urls.ChecklistCsv(program.Id);
        }

        foreach (var id in _rules.Keys)
        {
            yield return _urls.Rule(id);
        }

        foreach (var url in _markdownUrls.Values)
        {
            yield return url;
        }
    }

    private string ContentPath(MarkdownSource doc) => doc.SourcePath[_contentPrefix.Length..];

    private string UrlOf(MarkdownSource doc) => doc.Kind switch
    {
        MarkdownKind.Chapter => _urls.Chapter(doc.ProgramId!, doc.Slug),
        MarkdownKind.Guide => _urls.Guide(doc.Slug),
        _ => _urls.Page(ContentPath(doc)),
    };

    /// <summary>
    /// Renders Markdown whose text starts at <paramref name="start"/> in its source file (a Markdown file
    /// at 1:1, or a YAML value), so every position it reports is the one an author edits.
    /// </summary>
    private RenderedMarkdown MdAt(string text, Diagnostics.SourceSpan start, bool inline = false)
    {
        var context = new MarkdownContext(start.File, start.File[_contentPrefix.Length..], Math.Max(0, start.Line - 1), inline, AnchorHeadings: !inline, ColumnOffset: Math.Max(0, start.Column - 1));
        var rendered = _markdown.Render(text, context, _bag);
        lock (_gate)
        {
            _usedTerms.UnionWith(rendered.UsedTerms);
        }

        return rendered;
    }

    private Diagnostics.SourceSpan FileStart(string contentPath) => new(_contentPrefix + contentPath, 1, 1);

    private void AddSearch(SearchDocument doc)
    {
        lock (_gate)
        {
            _searchDocuments.Add(doc);
        }
    }

    private SiteView BuildSiteView()
    {
        var nav = _site.Config.Nav.Select(n => new LinkView(n.Title, n.Url.StartsWith('/') ? _urls.Root + n.Url.TrimStart('/') : n.Url)).ToList();
        var programs = _programs.Select(p => new LinkView(p.ShortName, _urls.Program(p.Id))).ToList();
        var footer = _site.Config.Footer is null ? null : MdAt(_site.Config.Footer, FileStart("site.yaml"), inline: true).Html;
        return new SiteView(_site.Config.Title, _site.Config.Description, _site.Config.Language, _urls.Root, nav, programs, footer, _site.Config.SearchEnabled && _assets.SearchJs is not null && _assets.LunrJs is not null, _assets);
    }

    private PageView Page(string title, string url, string kind, object main, string? description = null, params LinkView[] crumbs) =>
        new(_siteView, title, url, description, kind, [new LinkView("Home", _urls.Home), .. crumbs], main);

    private void PrepareRule(Rule rule)
    {
        var statement = MdAt(rule.Statement, rule.StatementAt);
        var programs = ProgramsOf(rule.Id);
        var programNames = string.Join(", ", programs.Select(p => _programs.First(x => x.Id == p).ShortName));
        var view = new RuleRefView(
            rule.Id,
            rule.Title,
            rule.Level,
            LevelLabels[rule.Level],
            rule.Phase,
            rule.Topic.Value,
            _topics.TryGetValue(rule.Topic.Value, out var topic) ? topic.Title : rule.Topic.Value,
            rule.Section,
            _urls.Rule(rule.Id),
            statement.Html,
            string.Join(' ', statement.Sections.Select(s => s.Text)),
            programs.Count > 1,
            programNames,
            string.Join(' ', programs));
        _ruleRefs[rule.Id] = view;
        _ruleExtras[rule.Id] = (
            rule.Rationale is null ? null : MdAt(rule.Rationale, rule.RationaleAt).Html,
            rule.Evidence is null ? null : MdAt(rule.Evidence, rule.EvidenceAt).Html);
        var body = string.Join(' ', new[] { view.StatementText, Plain(rule.Rationale), Plain(rule.Evidence) }.Where(s => s.Length > 0));
        AddSearch(new SearchDocument(view.Url, "rule", rule.Title, body, $"{rule.Id} {rule.Section}".Trim(), programs, rule.Level, rule.Tags));
    }

    private static string Plain(string? markdown) => markdown is null ? string.Empty : MarkdownRenderer.PlainText(markdown);

    private ProgramCardView Card(ProgramDefinition program) => _cards[program.Id];

    private ProgramCardView BuildCard(ProgramDefinition program)
    {
        var rules = _programRules[program.Id];
        return new ProgramCardView(
            program.Id,
            program.Name,
            program.ShortName,
            _urls.Program(program.Id),
            MdAt(program.Summary, program.SummaryAt).Html,
            program.GuideTitle,
            program.GuideVersion,
            rules.Count(r => r.Level == "must"),
            rules.Count(r => r.Level == "should"),
            rules.Count(r => r.Level == "may"),
            rules.Count(r => r.Level == "info"),
            _site.Documents.Count(d => d.ProgramId == program.Id));
    }

    private (string, string, PageView)? Home()
    {
        var rows = _compareRows;
        var sections = new List<LinkView>
        {
            new("Compare programs", _urls.Compare, Note: "Every topic side by side: what is the same and what differs."),
            new("All rules", _urls.Rules, Note: "Every requirement with its level, phase and section."),
            new("Glossary", _urls.Glossary, Note: "Acronyms and terms used across the program guides."),
        };
        if (_site.LandingPage is not null)
        {
            sections.Add(new LinkView("Landing-page requirements", _urls.LandingPage, Note: "What a partner's download page must show."));
        }

        if (_site.Toi is not null)
        {
            sections.Add(new LinkView("TOI template", _urls.Toi, Note: "What a Transfer of Information document must cover."));
        }

        if (_site.Documents.Any(d => d.Kind == MarkdownKind.Guide))
        {
            sections.Add(new LinkView("Guides", _urls.Guides, Note: "How-tos with worked examples."));
        }

        var description = _site.Config.Description is null ? null : MdAt(_site.Config.Description, FileStart("site.yaml"), inline: true).Html;
        var view = new HomeView(description, _programs.Select(Card).ToList(), sections, _rules.Count, _site.Glossary.Count, rows.Count, rows.Count(r => !r.Shared));
        return (_urls.Home, "home", new PageView(_siteView, _site.Config.Title, _urls.Home, _site.Config.Description, "home", [], view));
    }

    private static List<OptionView> Options(IEnumerable<RuleRefView> rules, Func<RuleRefView, string> value, Func<string, string> label, IEnumerable<string> order) =>
        order.Select(v => new OptionView(v, label(v), rules.Count(r => value(r) == v))).Where(o => o.Count > 0).ToList();

    private List<OptionView> LevelOptions(IReadOnlyList<RuleRefView> rules) => Options(rules, r => r.Level, l => LevelLabels[l], Rule.Levels);

    private List<OptionView> PhaseOptions(IReadOnlyList<RuleRefView> rules) => Options(rules, r => r.Phase, p => PhaseLabels[p], Rule.Phases);

    private List<OptionView> TopicOptions(IReadOnlyList<RuleRefView> rules) =>
        Options(rules, r => r.Topic, t => _topics.TryGetValue(t, out var topic) ? topic.Title : t, _site.Topics.Select(t => t.Id));

    private (string, string, PageView)? Program(ProgramDefinition program)
    {
        var rules = _programRules[program.Id].Select(r => _ruleRefs[r.Id]).ToList();
        var chapters = ChaptersOf(program.Id).Select(d => new ChapterLinkView(d.Title, d.Section is { } s && !d.Title.StartsWith(s, StringComparison.Ordinal) ? s : null, UrlOf(d), d.Summary)).ToList();
        var view = new ProgramView(
            Card(program),
            program.Facts.Select(f => new FactView(f.Label, MdAt(f.Value, f.ValueAt, inline: true).Html, f.Section)).ToList(),
            program.Revisions.Select(r => new RevisionView(r.Version, r.Date, MdAt(r.Changes, r.ChangesAt, inline: true).Html)).ToList(),
            chapters,
            rules,
            LevelOptions(rules),
            PhaseOptions(rules),
            TopicOptions(rules),
            _urls.Checklist(program.Id),
            _urls.ChecklistCsv(program.Id));
        var url = _urls.Program(program.Id);
        return (url, "program", Page(program.Name, url, "program", view, $"{program.GuideTitle} v{program.GuideVersion}: key facts, chapters and every rule."));
    }

    private List<MarkdownSource> ChaptersOf(string programId) =>
        _site.Documents.Where(d => d.Kind == MarkdownKind.Chapter && d.ProgramId == programId)
            .OrderBy(d => d.Weight).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();

    private (string, string, PageView)? Checklist(ProgramDefinition program)
    {
        var groups = _programRules[program.Id]
            .Where(r => r.Level != "info")
            .GroupBy(r => r.Phase)
            .OrderBy(g => Rule.Phases.ToList().IndexOf(g.Key))
            .Select(g => new ChecklistGroupView(g.Key, PhaseLabels[g.Key], g.Select(r => _ruleRefs[r.Id]).ToList()))
            .ToList();
        var view = new ChecklistView(Card(program), groups, _urls.ChecklistCsv(program.Id));
        var url = _urls.Checklist(program.Id);
        return (url, "checklist", Page($"{program.ShortName} checklist", url, "checklist", view, $"Printable checklist of every MUST, SHOULD and MAY of the {program.Name}.", new LinkView(program.ShortName, _urls.Program(program.Id))));
    }

    private (string, string, PageView)? RulesIndex()
    {
        var rules = _rules.Values.OrderBy(r => r, RuleOrder).Select(r => _ruleRefs[r.Id]).ToList();
        var programs = _programs.Select(p => new OptionView(p.Id, p.ShortName, _programRules[p.Id].Count)).ToList();
        var view = new ListView(null, [], rules, LevelOptions(rules), PhaseOptions(rules), TopicOptions(rules), programs);
        return (_urls.Rules, "rules", Page("All rules", _urls.Rules, "rules", view, "Every requirement of every program, filterable by level, phase, topic and program."));
    }

    private (string, string, PageView)? RulePage(Rule rule)
    {
        var refView = _ruleRefs[rule.Id];
        var (rationale, evidence) = _ruleExtras[rule.Id];
        var see = rule.See.Select(s =>
        {
            if (s.Value.StartsWith("term:", StringComparison.Ordinal))
            {
                var term = s.Value[5..];
                var anchor = _terms.TryGetValue(term, out var t) ? t.Anchor : Slugs.From(term);
                return new LinkView(t?.Expansion is null ? term : $"{term} ({t.Expansion})", _urls.Term(anchor), Note: "glossary");
            }

            return new LinkView(_rules.TryGetValue(s.Value, out var other) ? other.Title : s.Value, _urls.Rule(s.Value), Note: "rule");
        }).ToList();
        var programs = ProgramsOf(rule.Id).Select(id => _programs.First(p => p.Id == id)).ToList();
        var citations = programs.Select(p => new LinkView(
            $"{p.GuideTitle} v{p.GuideVersion}{(rule.Section is null ? string.Empty : ", section " + rule.Section)}",
            _urls.Program(p.Id))).ToList();
        var view = new RuleView(
            refView,
            PhaseLabels[rule.Phase],
            rationale,
            evidence,
            rule.Tags,
            see,
            rule.Checks,
            programs.Select(p => new LinkView(p.Name, _urls.Program(p.Id))).ToList(),
            citations,
            _urls.Topic(rule.Topic.Value),
            rule.Span.File);
        var url = _urls.Rule(rule.Id);
        var crumbs = programs.Count == 1
            ? new[] { new LinkView(programs[0].ShortName, _urls.Program(programs[0].Id)), new LinkView("Rules", _urls.Rules) }
            : [new LinkView("Rules", _urls.Rules)];
        return (url, "rule", Page(rule.Title, url, "rule", view, refView.StatementText.Length > 160 ? refView.StatementText[..157] + "…" : refView.StatementText, crumbs));
    }

    /// <summary>
    /// One row per topic that has rules. Rules every program includes are shown once ("same in all
    /// programs"); the rest stand in their program's column, so the row shows exactly what differs.
    /// </summary>
    private List<CompareRowView> CompareRows()
    {
        var rows = new List<CompareRowView>();
        foreach (var topic in _site.Topics)
        {
            var cells = _programs.Select(p => _programRules[p.Id].Where(r => r.Topic.Value == topic.Id).Select(r => r.Id).ToList()).ToList();
            if (cells.All(c => c.Count == 0))
            {
                continue;
            }

            var common = cells[0].Where(id => cells.All(c => c.Contains(id))).ToList();
            var sharedRules = common.Select(id => _ruleRefs[id]).ToList();
            var differing = cells.Select(c => c.Where(id => !common.Contains(id)).ToList()).ToList();
            var shared = differing.All(c => c.Count == 0);
            var cellViews = shared
                ? new List<CompareCellView>()
                : _programs.Select((p, i) => new CompareCellView(p.ShortName, differing[i].Select(id => _ruleRefs[id]).ToList())).ToList();
            rows.Add(new CompareRowView(topic.Id, topic.Title, topic.Description, shared, sharedRules, cellViews));
        }

        return rows;
    }

    private (string, string, PageView)? Compare()
    {
        var rows = _compareRows;
        var view = new CompareView(_programs.Select(p => new LinkView(p.ShortName, _urls.Program(p.Id))).ToList(), rows, rows.Count(r => r.Shared), rows.Count(r => !r.Shared), _programs.Count);
        return (_urls.Compare, "compare", Page("Compare programs", _urls.Compare, "compare", view, "Every topic of the program guides side by side: shared rules once, differences next to each other."));
    }

    private (string, string, PageView)? Glossary()
    {
        var terms = _site.Glossary.OrderBy(t => t.Term.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
        var letters = new List<LinkView>();
        var views = new List<TermView>();
        foreach (var term in terms)
        {
            var letter = char.ToUpperInvariant(term.Term[0]).ToString();
            string? letterAnchor = null;
            if (letters.All(l => l.Title != letter))
            {
                letterAnchor = "letter-" + Slugs.From(letter);
                if (letterAnchor == "letter-")
                {
                    letterAnchor = "letter-other";
                }

                letters.Add(new LinkView(letter, "#" + letterAnchor));
            }

            var definition = MdAt(term.Definition, term.DefinitionAt, inline: true).Html;
            views.Add(new TermView(
                term.Term,
                term.Anchor,
                term.Expansion,
                definition,
                term.Related.Select(r => new LinkView(r.Value, "#" + (_terms.TryGetValue(r.Value, out var t) ? t.Anchor : Slugs.From(r.Value)))).ToList(),
                term.Source,
                letterAnchor));
            AddSearch(new SearchDocument(
                _urls.Term(term.Anchor),
                "term",
                term.Expansion is null ? term.Term : $"{term.Term} — {term.Expansion}",
                Plain(term.Definition),
                term.Term,
                [],
                null,
                ["glossary"]));
        }

        var view = new GlossaryView(letters, views);
        return (_urls.Glossary, "glossary", Page("Glossary", _urls.Glossary, "glossary", view, "Acronyms and terms used in the program guides."));
    }

    private (string, string, PageView)? LandingPage()
    {
        var spec = _site.LandingPage!;
        var fields = spec.Fields.Select(f =>
        {
            AddSearch(new SearchDocument(_urls.LandingPage + "#" + f.Id, "section", $"Landing page: {f.Label}", Plain(f.Description), $"{f.Id} {spec.Section}".Trim(), [], f.Required ? "must" : "should", ["landing-page"]));
            return new LandingFieldView(
                f.Id,
                f.Label,
                f.Kind,
                f.Required,
                MdAt(f.Description, f.DescriptionAt).Html,
                f.Rules.Select(r => new LinkView(_rules.TryGetValue(r.Value, out var rule) ? rule.Title : r.Value, _urls.Rule(r.Value))).ToList(),
                f.DetectLabels,
                f.DetectPattern);
        }).ToList();
        var intro = spec.Intro is null ? null : MdAt(spec.Intro, FileStart("landing-page.yaml")).Html;
        var view = new LandingPageView(spec.Section, intro, fields);
        return (_urls.LandingPage, "landing-page", Page("Landing-page requirements", _urls.LandingPage, "landing-page", view, "What a partner's download landing page must show, field by field."));
    }

    private (string, string, PageView)? Toi()
    {
        var toi = _site.Toi!;
        ToiItemView Item(ToiItem item)
        {
            var text = item.Text is null ? null : MdAt(item.Text, item.TextAt, inline: true).Html;
            AddSearch(new SearchDocument(_urls.Toi + "#" + item.Id, "section", $"TOI: {item.Title ?? Plain(item.Text)}", Plain(item.Text), item.Id, [], null, ["toi"]));
            return new ToiItemView(item.Id, item.Title, text, item.Items.Select(Item).ToList());
        }

        var intro = toi.Intro is null ? null : MdAt(toi.Intro, FileStart("toi.yaml")).Html;
        var view = new ToiView(toi.Section, intro, toi.Sections.Select(Item).ToList(), toi.Session.Select(Item).ToList());
        return (_urls.Toi, "toi", Page("TOI template", _urls.Toi, "toi", view, "What a Transfer of Information (TOI) document and session must cover."));
    }

    private (string, string, PageView)? GuidesIndex()
    {
        var guides = _site.Documents.Where(d => d.Kind == MarkdownKind.Guide)
            .OrderBy(d => d.Weight).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .Select(d => new ChapterLinkView(d.Title, d.Section, UrlOf(d), d.Summary)).ToList();
        var view = new ListView(null, guides, [], [], [], [], []);
        return (_urls.Guides, "guides", Page("Guides", _urls.Guides, "guides", view, "How-to guides with worked examples."));
    }

    private (string, string, PageView)? SearchPage()
    {
        var programs = _programs.Select(p => new OptionView(p.Id, p.ShortName, 0)).ToList();
        var levels = Rule.Levels.Select(l => new OptionView(l, LevelLabels[l], 0)).ToList();
        var view = new ListView(null, [], [], levels, [], [], programs);
        return (_urls.Search, "search", Page("Search", _urls.Search, "search", view, "Search every rule, chapter section and glossary term."));
    }

    private (string, string, PageView)? NotFound()
    {
        var url = _urls.Root + "404.html";
        var view = new ListView(null, [], [], [], [], [], []);
        return (url, "404", new PageView(_siteView, "Page not found", url, null, "404", [new LinkView("Home", _urls.Home)], view));
    }

    private (string, string, PageView)? Document(MarkdownSource doc)
    {
        var url = UrlOf(doc);
        var rendered = MdAt(doc.Text, new Diagnostics.SourceSpan(doc.SourcePath, 1, 1));
        var toc = rendered.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).Select(h => new TocEntryView(h.Level, h.Id, h.Text)).ToList();
        LinkView? program = null, previous = null, next = null;
        var crumbs = new List<LinkView>();
        if (doc.Kind == MarkdownKind.Chapter && _programs.FirstOrDefault(p => p.Id == doc.ProgramId) is { } owner)
        {
            program = new LinkView(owner.ShortName, _urls.Program(owner.Id));
            crumbs.Add(program);
            var chapters = ChaptersOf(owner.Id);
            var index = chapters.IndexOf(doc);
            previous = index > 0 ? new LinkView(chapters[index - 1].Title, UrlOf(chapters[index - 1])) : null;
            next = index >= 0 && index < chapters.Count - 1 ? new LinkView(chapters[index + 1].Title, UrlOf(chapters[index + 1])) : null;
        }
        else if (doc.Kind == MarkdownKind.Guide)
        {
            crumbs.Add(new LinkView("Guides", _urls.Guides));
        }

        var programs = doc.ProgramId is null ? Array.Empty<string>() : [doc.ProgramId];
        foreach (var section in rendered.Sections)
        {
            var heading = section.Heading;
            var sectionNumber = heading is null ? doc.Section : SectionNumberOf(heading.Text) ?? doc.Section;
            AddSearch(new SearchDocument(
                heading is null || heading.Id.Length == 0 ? url : url + "#" + heading.Id,
                "section",
                heading is null ? doc.Title : $"{heading.Text} — {doc.Title}",
                section.Text,
                sectionNumber ?? string.Empty,
                programs,
                null,
                [doc.Kind.ToString().ToLowerInvariant(), .. doc.Tags]));
        }

        var view = new DocumentView(doc.Title, doc.Section, doc.Summary, rendered.Html, toc, program, previous, next, doc.SourcePath) { Date = doc.Date, Tags = doc.Tags };
        return (url, "document", Page(doc.Title, url, "document", view, doc.Summary, [.. crumbs]));
    }

    private static string? SectionNumberOf(string heading)
    {
        var first = heading.Split(' ', 2)[0].TrimEnd('.');
        if (first.Length > 0 && char.IsAsciiDigit(first[0]) && first.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return first;
        }

        return heading.StartsWith("Appendix ", StringComparison.Ordinal) && heading.Length > 9 ? "Appendix " + heading[9] : null;
    }
}
