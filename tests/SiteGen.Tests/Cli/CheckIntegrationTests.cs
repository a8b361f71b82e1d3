using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Tests.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen check --source</c>: SiteGen's build checked in memory, findings at the Markdown line.</summary>
public sealed class CheckIntegrationTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sitegen-checkint-");

    public void Dispose() => _root.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_shipped_knowledge_base_has_no_broken_links_or_fragments()
    {
        var (code, output, error) = Run("check", "--source", Repo.Root, "--format", "json");
        code.Should().Be(0, output + error);
        var summary = JsonDocument.Parse(output).RootElement.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().Should().Be(0, output);
        summary.GetProperty("warnings").GetInt32().Should().Be(0, output);
        Findings(output).Should().OnlyContain(f => f.GetProperty("severity").GetString() == "info", "only lint infos (unused glossary terms) may remain");
        output.Should().MatchRegex("\"files\": [1-9][0-9]{2,}");
    }

    [Fact]
    public void Missing_fragment_in_built_page_is_reported_at_the_markdown_source()
    {
        var project = Path.Combine(_root.FullName, "p");
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nSee [the rule](/rules/toi-required/#no-such-anchor).\n";
        OutputTests.WriteSite(project, MinimalSite.With("content/programs/alpha/chapters/01-intro.md", chapter));
        CopyTheme(project);
        var (code, output, _) = Run("check", "--source", project, "--format", "text");
        code.Should().Be(1);
        output.Should().Contain("content/programs/alpha/chapters/01-intro.md:7:5: error SG3002");
    }

    /// <summary>
    /// The minimal site with two lint warnings: rule <c>alpha-signing</c> cites no section (SG2001 at its
    /// <c>id</c>, rules.yaml 2:5) and the intro chapter uses an acronym missing from the glossary
    /// (SG2101 at <c>QZX</c>, 01-intro.md 7:5).
    /// </summary>
    private string LintProject()
    {
        var project = ProjectWith("content/programs/alpha/chapters/01-intro.md", "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nThe QZX desk signs every VIB.\n");
        File.WriteAllText(Path.Combine(project, "content", "programs", "alpha", "rules.yaml"), """
            rules:
              - id: alpha-signing
                title: VMware signs the VIB
                level: must
                topic: signing
                phase: pre-release
                statement: Submit each VIB through an SR.

            """);
        return project;
    }

    /// <summary>The minimal site with one file replaced, written to a fresh folder with the default theme.</summary>
    private string ProjectWith(string path, string content, string name = "p")
    {
        var project = Path.Combine(_root.FullName, name);
        OutputTests.WriteSite(project, MinimalSite.With(path, content));
        CopyTheme(project);
        return project;
    }

    private static IReadOnlyList<JsonElement> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static string Where(JsonElement f) =>
        $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}";

    [Fact]
    public void Content_lint_of_the_build_is_in_the_json_report_at_its_source_position()
    {
        var project = LintProject();

        var (code, output, error) = Run("check", "--source", project, "--format", "json");

        code.Should().Be(0, "lint warnings do not fail the default --fail-on error; " + error);
        var findings = Findings(output);
        var noSection = findings.Should().ContainSingle(f => f.GetProperty("code").GetString() == "SG2001").Subject;
        noSection.GetProperty("severity").GetString().Should().Be("warning");
        Where(noSection).Should().EndWith("content/programs/alpha/rules.yaml:2:5");
        var acronym = findings.Should().ContainSingle(f => f.GetProperty("code").GetString() == "SG2101").Subject;
        acronym.GetProperty("message").GetString().Should().Contain("QZX");
        Where(acronym).Should().EndWith("content/programs/alpha/chapters/01-intro.md:7:5");
        acronym.GetProperty("target").GetString().Should().BeEmpty();
        JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("warnings").GetInt32().Should().BeGreaterThanOrEqualTo(2);
        error.Should().NotContain("SG2001", "the report carries the lint; it is not printed twice");
    }

    [Theory]
    [InlineData("warning", 1)]
    [InlineData("error", 0)]
    public void Content_lint_warnings_count_for_fail_on(string failOn, int expected)
    {
        var project = LintProject();

        var (code, output, error) = Run("check", "--source", project, "--format", "json", "--fail-on", failOn);

        code.Should().Be(expected, output + error);
    }

    [Theory]
    [InlineData("text", "content/programs/alpha/rules.yaml:2:5: warning SG2001: ")]
    [InlineData("junit", "type=\"SG2101\"")]
    [InlineData("sarif", "\"ruleId\": \"SG2001\"")]
    public void Content_lint_is_in_every_report_format(string format, string expected)
    {
        var project = LintProject();

        var (_, output, _) = Run("check", "--source", project, "--format", format);

        output.Should().Contain(expected);
    }

    [Fact]
    public void A_failed_build_reports_its_errors_and_checks_nothing()
    {
        var project = ProjectWith("content/topics.yaml", "topics:\n  - id: signing\n    titel: Who signs\n  - id: toi\n    title: Transfer of Information\n");

        var (code, output, error) = Run("check", "--source", project, "--format", "json", "--fail-on", "error");

        code.Should().Be(1);
        error.Should().Contain("build failed");
        var findings = Findings(output);
        findings.Should().Contain(f => f.GetProperty("code").GetString() == "SG1002" && f.GetProperty("severity").GetString() == "error");
        Where(findings.First(f => f.GetProperty("code").GetString() == "SG1002")).Should().EndWith("content/topics.yaml:3:5");
        JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Ignore_patterns_from_site_yaml_apply_to_the_source_check()
    {
        var chapter = "---\ntitle: Introduction\nsection: \"1\"\n---\n## Scope\n\nSee [the rule](/rules/toi-required/#no-such-anchor).\n";
        var withoutIgnore = ProjectWith("content/programs/alpha/chapters/01-intro.md", chapter, "without");
        Run("check", "--source", withoutIgnore, "--format", "json").Code.Should().Be(1);

        var siteYaml = MinimalSite.SiteYaml.Replace("-- content/site.yaml --\n", string.Empty, StringComparison.Ordinal) + "\ncheck:\n  ignore:\n    - '*#no-such-anchor'\n";
        var project = ProjectWith("content/programs/alpha/chapters/01-intro.md", chapter);
        File.WriteAllText(Path.Combine(project, "content", "site.yaml"), siteYaml);

        var (code, output, error) = Run("check", "--source", project, "--format", "json");

        code.Should().Be(0, output + error);
        Findings(output).Should().NotContain(f => f.GetProperty("code").GetString() == "SG3002");
    }

    private static void CopyTheme(string project)
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Theme, "*", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules", StringComparison.Ordinal)))
        {
            var target = Path.Combine(project, "themes", "default", Path.GetRelativePath(Repo.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
