using SiteGen.Content.Model;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>The Validate stage: unique ids and every cross-reference, reported all at once.</summary>
internal sealed class SiteValidator(DiagnosticBag bag)
{
    public void Validate(SiteModel site)
    {
        var rules = Unique(site.Rules, r => r.Id, r => r.Span, "rule id");
        var topics = Unique(site.Topics, t => t.Id, t => t.Span, "topic id");
        var terms = Unique(site.Glossary, t => t.Term, t => t.Span, "glossary term");
        var programs = site.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (site.LandingPage is { } landing)
        {
            Unique(landing.Fields, f => f.Id, f => f.Span, "landing-page field id");
        }

        if (site.Toi is { } toi)
        {
            Unique(Flatten(toi.Sections.Concat(toi.Session)), i => i.Id, i => i.Span, "TOI item id");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in site.Config.ProgramIds)
        {
            if (!listed.Add(id.Value))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"program '{id.Value}' is listed twice in site.yaml 'programs'", id.Span, "list each program once");
            }
            else if (!programs.ContainsKey(id.Value))
            {
                Dangling(id, "program", programs.Keys, "create content/programs/" + id.Value + "/program.yaml or remove it from 'programs'");
            }
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var program in site.Programs)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in program.RuleIds)
            {
                if (!seen.Add(id.Value))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, $"program '{program.Id}' includes rule '{id.Value}' twice", id.Span, "list each rule once");
                    continue;
                }

                if (!rules.TryGetValue(id.Value, out var rule))
                {
                    Dangling(id, "rule", rules.Keys, "define the rule in content/rules/*.yaml or fix the id");
                }
                else if (rule.OwnerProgram is { } owner && owner != program.Id)
                {
                    bag.Error(DiagnosticCodes.DanglingReference, $"program '{program.Id}' includes rule '{id.Value}', which belongs to program '{owner}'", id.Span, "move the rule to content/rules/ to share it between programs");
                }
                else
                {
                    included.Add(id.Value);
                }
            }
        }

        foreach (var rule in site.Rules)
        {
            if (rule.Topic.Value.Length > 0 && !topics.ContainsKey(rule.Topic.Value))
            {
                Dangling(rule.Topic, "topic", topics.Keys, "add the topic to content/topics.yaml or use an existing one");
            }

            foreach (var see in rule.See)
            {
                if (see.Value.StartsWith("term:", StringComparison.Ordinal))
                {
                    var term = new Located<string>(see.Value["term:".Length..], see.Span);
                    if (!terms.ContainsKey(term.Value))
                    {
                        Dangling(term, "glossary term", terms.Keys, "add the term to content/glossary.yaml or fix the spelling (terms are case-sensitive)");
                    }
                }
                else if (!rules.ContainsKey(see.Value))
                {
                    Dangling(see, "rule", rules.Keys, "use a rule id, or 'term:<TERM>' for a glossary term");
                }
            }

            if (string.IsNullOrWhiteSpace(rule.Section))
            {
                bag.Warning(DiagnosticCodes.RuleWithoutSection, $"rule '{rule.Id}' cites no section of the source guide", rule.Span, "add section: \"x.y.z\" so partners can find it in the guide");
            }

            if (rule.OwnerProgram is { } owner && !programs.ContainsKey(owner))
            {
                bag.Error(DiagnosticCodes.DanglingReference, $"rule '{rule.Id}' is in programs/{owner}/ but that program has no program.yaml", rule.Span);
            }
            else if (rule.OwnerProgram is null && !included.Contains(rule.Id) && rule.Id.Length > 0)
            {
                bag.Warning(DiagnosticCodes.RuleInNoProgram, $"rule '{rule.Id}' is included by no program", rule.Span, "add its id to the 'rules' list of a program.yaml, or remove it");
            }
        }

        foreach (var term in site.Glossary)
        {
            foreach (var related in term.Related)
            {
                if (!terms.ContainsKey(related.Value))
                {
                    Dangling(related, "glossary term", terms.Keys, "add the term to content/glossary.yaml or fix the spelling (terms are case-sensitive)");
                }
            }
        }

        foreach (var field in site.LandingPage?.Fields ?? [])
        {
            foreach (var rule in field.Rules)
            {
                if (!rules.ContainsKey(rule.Value))
                {
                    Dangling(rule, "rule", rules.Keys, "use the id of an existing rule");
                }
            }
        }

        foreach (var doc in site.Documents.Where(d => d.ProgramId is not null))
        {
            if (!programs.ContainsKey(doc.ProgramId!))
            {
                bag.Error(DiagnosticCodes.DanglingReference, $"chapter belongs to program '{doc.ProgramId}', which has no program.yaml", SourceSpan.FileOnly(doc.SourcePath));
            }
        }
    }

    private static IEnumerable<ToiItem> Flatten(IEnumerable<ToiItem> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Items)));

    private Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceSpan> span, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = key(item);
            if (id.Length == 0)
            {
                continue;
            }

            if (!map.TryAdd(id, item))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"duplicate {what} '{id}' (first defined at {span(map[id])})", span(item), $"give each {what} a unique value");
            }
        }

        return map;
    }

    private void Dangling(Located<string> reference, string what, IEnumerable<string> known, string hint)
    {
        var close = known
            .Where(k => k.Contains(reference.Value, StringComparison.OrdinalIgnoreCase) || reference.Value.Contains(k, StringComparison.OrdinalIgnoreCase) || k.Equals(reference.Value, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        bag.Error(
            DiagnosticCodes.DanglingReference,
            $"unknown {what} '{reference.Value}'",
            reference.Span,
            close.Count > 0 ? $"did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}? {hint}" : hint);
    }
}
