using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Build;

/// <summary>Every content diagnostic: code, message and file:line:col.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Minimal_site_builds_without_errors_or_warnings()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.Diagnostics.Where(d => d.Severity >= Severity.Warning).Select(d => d.Format()).Should().BeEmpty();
        site.Result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Yaml_syntax_error_names_line_and_column()
    {
        var site = TestSite.Build(MinimalSite.With("content/topics.yaml", "topics:\n  - id: a\n    title: Who: signs\n"));
        var d = site.Diagnostics.Single(x => x.Code == "SG1001");
        d.Location.ToString().Should().Be("content/topics.yaml:3:15");
        d.Message.Should().Be("YAML syntax error: While scanning a plain scalar value, found invalid mapping.");
        site.Result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_a_suggestion()
    {
        var site = TestSite.Build(MinimalSite.With("content/topics.yaml", "topics:\n  - id: signing\n    titel: Who signs\n  - id: toi\n    title: TOI\n"));
        var d = site.AssertDiagnostic("content/topics.yaml:3:5", "SG1002");
        d.Message.Should().Be("topic: unknown key 'titel'");
        d.Hint.Should().Contain("did you mean 'title'?");
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_record()
    {
        var site = TestSite.Build(MinimalSite.With("content/topics.yaml", "topics:\n  - id: signing\n  - id: toi\n    title: TOI\n"));
        var d = site.AssertDiagnostic("content/topics.yaml:2:5", "SG1003");
        d.Message.Should().Be("topic: missing required key 'title'");
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var site = TestSite.Build(MinimalSite.With("content/site.yaml", "title: [a, b]\nprograms: [alpha, beta]\n"));
        var d = site.AssertDiagnostic("content/site.yaml:1:8", "SG1004");
        d.Message.Should().Be("site.yaml: 'title' must be a text value, found a list");
    }

    [Fact]
    public void Invalid_enum_value_lists_the_allowed_values()
    {
        var rules = "rules:\n  - id: alpha-signing\n    title: T\n    level: mandatory\n    topic: signing\n    section: \"1\"\n    phase: release\n    statement: S\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/rules.yaml", rules));
        var d = site.AssertDiagnostic("content/programs/alpha/rules.yaml:4:12", "SG1005");
        d.Message.Should().Be("rule: 'level' is 'mandatory', which is not one of: must, should, may, info");
    }

    [Fact]
    public void Duplicate_rule_id_names_both_places()
    {
        var rules = "rules:\n  - id: toi-required\n    title: Again\n    level: may\n    topic: toi\n    section: \"1\"\n    phase: release\n    statement: S\n";
        var site = TestSite.Build(MinimalSite.With("content/rules/more.yaml", rules));
        var d = site.AssertDiagnostic("content/rules/shared.yaml:2:5", "SG1006");
        d.Message.Should().Be("duplicate rule id 'toi-required' (first defined at content/rules/more.yaml:2:5)");
    }

    [Fact]
    public void Dangling_references_are_all_reported_in_one_run_sorted()
    {
        var shared = """
            rules:
              - id: toi-required
                title: Deliver a TOI
                level: must
                topic: no-such-topic
                section: "3.4.1.5"
                phase: post-release
                statement: Deliver it.
                see: [no-such-rule, "term:NOPE"]
            """;
        var program = "name: Alpha Program\nshortName: Alpha\nguide:\n  title: G\n  version: \"1\"\nsummary: S\nrules: [toi-required, missing-rule]\n";
        var text = MinimalSite.With("content/rules/shared.yaml", shared);
        var files = TestSite.Parse(text);
        files["content/programs/alpha/program.yaml"] = program;
        var site = TestSite.Build(string.Concat(files.Select(f => $"-- {f.Key} --\n{f.Value}")));

        var dangling = site.Diagnostics.Where(d => d.Code == "SG1007").ToList();
        dangling.Select(d => $"{d.Location}: {d.Message}").Should().Equal(
            "content/programs/alpha/program.yaml:7:23: unknown rule 'missing-rule'",
            "content/rules/shared.yaml:5:12: unknown topic 'no-such-topic'",
            "content/rules/shared.yaml:9:11: unknown rule 'no-such-rule'",
            "content/rules/shared.yaml:9:25: unknown glossary term 'NOPE'");
        site.Result.Succeeded.Should().BeFalse();
        site.Result.Output.Should().BeNull("nothing is produced when the content has errors");
    }

    [Fact]
    public void Invalid_id_format_is_an_error()
    {
        var site = TestSite.Build(MinimalSite.With("content/topics.yaml", "topics:\n  - id: Who_Signs\n    title: Who signs\n  - id: toi\n    title: TOI\n"));
        site.AssertDiagnostic("content/topics.yaml:2:9", "SG1008").Message.Should().Contain("'Who_Signs' is not a valid id");
    }

    [Fact]
    public void Front_matter_errors_count_lines_from_the_top_of_the_file()
    {
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\nweigth: 3\n---\nBody\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/chapters/01-intro.md", chapter));
        site.AssertDiagnostic("content/programs/alpha/chapters/01-intro.md:4:1", "SG1002").Hint.Should().Contain("did you mean 'weight'?");
    }

    [Fact]
    public void Broken_markdown_link_is_reported_at_the_markdown_line()
    {
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nSee [missing](02-missing.md) and [rule](/rules/nope/).\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/chapters/01-intro.md", chapter));
        site.AssertDiagnostic("content/programs/alpha/chapters/01-intro.md:7:5", "SG2002").Message.Should().Be("link target '02-missing.md' does not exist");
        site.AssertDiagnostic("content/programs/alpha/chapters/01-intro.md:7:34", "SG2002").Message.Should().Be("link target '/rules/nope/' does not exist");
    }

    [Fact]
    public void Acronym_missing_from_the_glossary_is_a_warning_at_its_column()
    {
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nThe TOI and the PSOD.\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/chapters/01-intro.md", chapter));
        var d = site.AssertDiagnostic("content/programs/alpha/chapters/01-intro.md:7:17", "SG2101");
        d.Severity.Should().Be(Severity.Warning);
        d.Message.Should().Be("acronym 'PSOD' is not in the glossary");
        site.Result.Succeeded.Should().BeTrue("warnings do not fail the build");
    }

    [Fact]
    public void Braces_that_markdown_would_swallow_as_attributes_are_reported()
    {
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nSee VMware {code} for SDKs.\n\nEscaped \\{code\\} stays.\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/chapters/01-intro.md", chapter));
        var d = site.AssertDiagnostic("content/programs/alpha/chapters/01-intro.md:7:1", "SG2105");
        d.Message.Should().Be("'{code}' was read as an HTML attribute and is missing from the text");
        site.Diagnostics.Count(x => x.Code == "SG2105").Should().Be(1);
        site.AssertFileContains("programs/alpha/01-intro/index.html", "Escaped {code} stays.");
    }

    [Fact]
    public void Markdown_inside_yaml_values_reports_exact_positions()
    {
        var rules = """
            rules:
              - id: alpha-signing
                title: VMware signs the VIB
                level: must
                topic: signing
                section: "3.2.4"
                phase: pre-release
                statement: |
                  Submit each VIB through an SR.
                  Then wait for the PSOD check and read [this](missing.md).
                rationale: Avoid a CVE report.
            """;
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/rules.yaml", rules));
        site.AssertDiagnostic("content/programs/alpha/rules.yaml:10:25", "SG2101").Message.Should().Be("acronym 'PSOD' is not in the glossary");
        site.AssertDiagnostic("content/programs/alpha/rules.yaml:10:45", "SG2002").Message.Should().Be("link target 'missing.md' does not exist");
        site.AssertDiagnostic("content/programs/alpha/rules.yaml:11:24", "SG2101").Message.Should().Be("acronym 'CVE' is not in the glossary");
    }

    [Fact]
    public void Markdown_in_program_key_facts_and_revisions_reports_exact_positions()
    {
        var program = "name: Alpha Program\nshortName: Alpha\nguide:\n  title: G\n  version: \"1\"\nsummary: S\nfacts:\n  - label: Signing\n    value: Through an XYZ ticket\nrevisions:\n  - version: \"1.0\"\n    changes: |\n      First QRS release.\nrules: [toi-required]\n";
        var site = TestSite.Build(MinimalSite.With("content/programs/alpha/program.yaml", program));
        site.AssertDiagnostic("content/programs/alpha/program.yaml:9:23", "SG2101").Message.Should().Be("acronym 'XYZ' is not in the glossary");
        site.AssertDiagnostic("content/programs/alpha/program.yaml:13:13", "SG2101").Message.Should().Be("acronym 'QRS' is not in the glossary");
    }

    [Fact]
    public void Rule_without_section_and_rule_in_no_program_are_warnings()
    {
        var rules = "rules:\n  - id: orphan\n    title: Orphan\n    level: may\n    topic: toi\n    phase: release\n    statement: S\n";
        var site = TestSite.Build(MinimalSite.With("content/rules/orphan.yaml", rules));
        site.AssertDiagnostic("content/rules/orphan.yaml:2:5", "SG2001").Severity.Should().Be(Severity.Warning);
        site.AssertDiagnostic("content/rules/orphan.yaml:2:5", "SG2103").Message.Should().Be("rule 'orphan' is included by no program");
    }

    [Fact]
    public void Program_listed_in_site_yaml_must_exist()
    {
        var site = TestSite.Build(MinimalSite.With("content/site.yaml", "title: KB\nprograms: [alpha, beta, gamma]\n"));
        site.AssertDiagnostic("content/site.yaml:2:25", "SG1007").Message.Should().Be("unknown program 'gamma'");
    }

    [Fact]
    public void Missing_site_yaml_is_an_error()
    {
        var files = TestSite.Parse(MinimalSite.Text);
        files.Remove("content/site.yaml");
        var site = TestSite.Build(string.Concat(files.Select(f => $"-- {f.Key} --\n{f.Value}")));
        site.Diagnostics.Should().Contain(d => d.Code == "SG1009" && d.Location!.Value.File == "content/site.yaml");
    }

    [Fact]
    public void Template_syntax_error_in_a_site_layout_is_reported_with_position()
    {
        var text = MinimalSite.Text + "\n-- layouts/rule.hbs --\n<h1>{{main.rule.title}}</h1>\n{{#if main.tags}}unclosed\n";
        var site = TestSite.Build(text);
        var d = site.Diagnostics.First(x => x.Code == "SG4001");
        d.Location!.Value.File.Should().Be("layouts/rule.hbs");
        site.Result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Diagnostics_format_like_a_compiler()
    {
        var d = new Diagnostic(Severity.Error, "SG1002", "rule: unknown key 'x'", new SourceSpan("content/a.yaml", 12, 5), "remove it");
        d.Format().Should().Be("content/a.yaml:12:5: error SG1002: rule: unknown key 'x'\n  hint: remove it");
    }
}
