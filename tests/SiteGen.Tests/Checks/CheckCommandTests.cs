using System.CommandLine;
using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Checks;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Checks;

public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitegen-check-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Site(string txtar)
    {
        var site = InMemorySite.FromText(txtar);
        var root = Path.Combine(_folder.FullName, "site");
        foreach (var path in site.Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, site.ReadAllBytes(path));
        }

        return root;
    }

    private static async Task<(int Exit, string Out, string Err)> Run(string[] args, Dictionary<string, string>? env = null, BuildForCheck? build = null)
    {
        var root = new RootCommand { CliCheckCommand.Create(build, name => env is not null && env.TryGetValue(name, out var v) ? v : null) };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(["check", .. args]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private const string Broken = """
        -- index.html --
        <a href="gone.html">x</a>
        <img src="logo.png">
        -- logo.png --
        x
        """;

    [Fact]
    public async Task A_clean_site_exits_0_with_a_summary()
    {
        var site = Site("""
            -- index.html --
            <a href="p.html#h">x</a>
            -- p.html --
            <h1 id="h">x</h1>
            """);

        var (exit, stdout, _) = await Run(["--site", site]);

        exit.Should().Be(0);
        stdout.Should().Be("checked 2 files, 1 links: 0 errors, 0 warnings\n".ReplaceLineEndings());
    }

    [Fact]
    public async Task Findings_exit_1_and_print_compiler_style_lines()
    {
        var (exit, stdout, _) = await Run(["--site", Site(Broken)]);

        exit.Should().Be(1);
        stdout.ReplaceLineEndings("\n").Should().Be("""
            index.html:1:1: error SG3001: 'gone.html' does not exist (gone.html)
            index.html:2:1: warning SG3005: img has no alt attribute (use alt="" for a decorative image) (logo.png)
            checked 1 files, 2 links: 1 errors, 1 warnings

            """);
    }

    [Fact]
    public async Task Json_report_has_the_documented_shape()
    {
        var (exit, stdout, _) = await Run(["--site", Site(Broken), "--format", "json"]);

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("findings", "summary");
        var first = json.RootElement.GetProperty("findings")[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("severity", "code", "message", "file", "line", "column", "target");
        first.GetProperty("severity").GetString().Should().Be("error");
        first.GetProperty("code").GetString().Should().Be("SG3001");
        first.GetProperty("file").GetString().Should().Be("index.html");
        first.GetProperty("line").GetInt32().Should().Be(1);
        first.GetProperty("column").GetInt32().Should().Be(1);
        first.GetProperty("target").GetString().Should().Be("gone.html");
        var summary = json.RootElement.GetProperty("summary");
        summary.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}").Should().Equal("files=1", "links=2", "errors=1", "warnings=1");
    }

    [Fact]
    public async Task Output_is_deterministic()
    {
        var site = Site(Broken);
        var first = await Run(["--site", site, "--format", "json"]);
        var second = await Run(["--site", site, "--format", "json"]);

        second.Out.Should().Be(first.Out);
    }

    [Fact]
    public async Task Fail_on_warning_turns_warnings_into_exit_1()
    {
        var site = Site("""
            -- index.html --
            <img src="logo.png">
            -- logo.png --
            x
            """);

        (await Run(["--site", site])).Exit.Should().Be(0);
        (await Run(["--site", site, "--fail-on", "warning"])).Exit.Should().Be(1);
    }

    [Fact]
    public async Task Ignore_patterns_are_repeatable()
    {
        var site = Site("""
            -- index.html --
            <a href="a/x.html">x</a><a href="b/y.html">y</a>
            """);

        (await Run(["--site", site, "--ignore", "a/*"])).Exit.Should().Be(1);
        (await Run(["--site", site, "--ignore", "a/*", "--ignore", "b/*"])).Exit.Should().Be(0);
    }

    [Fact]
    public async Task Base_url_maps_absolute_links_to_local_files()
    {
        var site = Site("""
            -- index.html --
            <a href="https://kb.example.com/p.html">x</a>
            """);

        var (exit, stdout, _) = await Run(["--site", site, "--base-url", "https://kb.example.com/"]);

        exit.Should().Be(1);
        stdout.Should().Contain("SG3001");
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--fail-on", "info")]
    [InlineData("--ignore", "/(/")]
    [InlineData("--base-url", "kb.example.com")]
    public async Task Bad_option_values_exit_2(string option, string value)
    {
        var (exit, _, stderr) = await Run(["--site", Site(Broken), option, value]);

        exit.Should().Be(2);
        stderr.Should().StartWith("error: ");
    }

    [Fact]
    public async Task A_missing_site_folder_or_mixed_modes_exit_2()
    {
        (await Run(["--site", Path.Combine(_folder.FullName, "nope")])).Exit.Should().Be(2);
        (await Run(["--site", Site(Broken), "--source", "content"])).Exit.Should().Be(2);
        (await Run([])).Exit.Should().Be(2);
    }

    [Fact]
    public async Task GitHub_actions_gets_annotations()
    {
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var (exit, stdout, _) = await Run(["--site", Site(Broken)], env);

        exit.Should().Be(1);
        stdout.Should().Contain("::error file=index.html,line=1,col=1,title=SG3001::'gone.html' does not exist (gone.html)");
        stdout.Should().Contain("::warning file=index.html,line=2,col=1,title=SG3005::");
    }

    [Fact]
    public async Task Json_on_stdout_in_github_actions_stays_parseable()
    {
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var (_, stdout, stderr) = await Run(["--site", Site(Broken), "--format", "json"], env);

        JsonDocument.Parse(stdout).Dispose();
        stderr.Should().Contain("::error file=index.html");
    }

    [Fact]
    public async Task Sarif_report_goes_to_the_report_file()
    {
        var report = Path.Combine(_folder.FullName, "out", "links.sarif");

        var (exit, stdout, _) = await Run(["--site", Site(Broken), "--format", "sarif", "--report", report]);

        exit.Should().Be(1);
        stdout.Should().StartWith("checked 1 files");
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        results.GetArrayLength().Should().Be(2);
        results[0].GetProperty("ruleId").GetString().Should().Be("SG3001");
        results[0].GetProperty("level").GetString().Should().Be("error");
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(1);
        sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(CheckCodes.All.Count);
    }

    [Fact]
    public async Task Junit_report_has_one_failure_per_finding()
    {
        var report = Path.Combine(_folder.FullName, "junit.xml");

        (await Run(["--site", Site(Broken), "--format", "junit", "--report", report])).Exit.Should().Be(1);

        var xml = XDocument.Load(report);
        xml.Descendants("testcase").Should().ContainSingle().Which.Attribute("name")!.Value.Should().Be("index.html");
        xml.Descendants("failure").Select(f => f.Attribute("type")!.Value).Should().Equal("SG3001", "SG3005");
    }

    [Fact]
    public async Task A_plugged_in_build_is_checked_in_memory()
    {
        string? askedSource = null;
        BuildForCheck build = (source, output, log, ct) =>
        {
            askedSource = source;
            return Task.FromResult(CheckedBuild.Of(InMemorySite.FromText(Broken)));
        };

        var (exit, stdout, _) = await Run(["--source", "content", "--format", "json"], build: build);

        exit.Should().Be(1);
        askedSource.Should().Be("content");
        stdout.Should().Contain("\"SG3001\"");
    }

    private static BuildForCheck BuildWith(ICheckedSite? site, IReadOnlyList<string>? ignore = null, params Diagnostic[] diagnostics) =>
        (_, _, _, _) => Task.FromResult(new CheckedBuild(site, diagnostics, ignore ?? []));

    private static readonly Diagnostic NoSection = new(Severity.Warning, "SG2001", "rule 'r' cites no section", new SourceSpan("content/rules/a.yaml", 2, 5), "add section: \"1.2\"");
    private static readonly Diagnostic UnusedTerm = new(Severity.Info, "SG2102", "glossary term 'X' is not used", new SourceSpan("content/glossary.yaml", 9, 5));

    [Fact]
    public async Task Build_diagnostics_are_findings_of_the_text_report()
    {
        var build = BuildWith(InMemorySite.FromText(Broken), null, NoSection, UnusedTerm);

        var (exit, stdout, stderr) = await Run(["--source", "."], build: build);

        exit.Should().Be(1);
        stderr.Should().BeEmpty();
        stdout.ReplaceLineEndings("\n").Should().Be("""
            content/glossary.yaml:9:5: info SG2102: glossary term 'X' is not used
            content/rules/a.yaml:2:5: warning SG2001: rule 'r' cites no section; hint: add section: "1.2"
            index.html:1:1: error SG3001: 'gone.html' does not exist (gone.html)
            index.html:2:1: warning SG3005: img has no alt attribute (use alt="" for a decorative image) (logo.png)
            checked 1 files, 2 links: 1 errors, 2 warnings, 1 infos

            """);
    }

    [Fact]
    public async Task Lint_warnings_fail_only_with_fail_on_warning_and_infos_never()
    {
        var clean = InMemorySite.FromText("-- index.html --\n<p>x</p>\n");

        (await Run(["--source", "."], build: BuildWith(clean, null, NoSection))).Exit.Should().Be(0);
        (await Run(["--source", ".", "--fail-on", "warning"], build: BuildWith(clean, null, NoSection))).Exit.Should().Be(1);
        (await Run(["--source", ".", "--fail-on", "warning"], build: BuildWith(clean, null, UnusedTerm))).Exit.Should().Be(0);
    }

    [Fact]
    public async Task A_failed_build_reports_its_errors_even_without_a_location()
    {
        var missing = new Diagnostic(Severity.Error, "SG5003", "no content folder at 'content'", null);
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var (exit, stdout, stderr) = await Run(["--source", "."], env, BuildWith(null, null, missing));

        exit.Should().Be(1);
        stderr.Should().Contain("build failed with 1 error(s); links were not checked");
        stdout.ReplaceLineEndings("\n").Should().Be("""
            error SG5003: no content folder at 'content'
            checked 0 files, 0 links: 1 errors, 0 warnings
            ::error title=SG5003::no content folder at 'content'

            """);
    }

    [Fact]
    public async Task Lint_findings_become_github_annotations_and_sarif_results()
    {
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };
        var clean = InMemorySite.FromText("-- index.html --\n<p>x</p>\n");
        var report = Path.Combine(_folder.FullName, "out.sarif");

        var (_, stdout, _) = await Run(["--source", ".", "--format", "sarif", "--report", report], env, BuildWith(clean, null, NoSection));

        stdout.Should().Contain("::warning file=content/rules/a.yaml,line=2,col=5,title=SG2001::rule 'r' cites no section; hint: add section: \"1.2\"");
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain("SG2001");
        var result = run.GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().Should().Be("SG2001");
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task Ignore_patterns_of_the_build_are_merged_with_the_command_line()
    {
        var site = InMemorySite.FromText("""
            -- index.html --
            <a href="gone.html">x</a>
            <a href="old/page.html">y</a>
            """);

        var (exit, stdout, _) = await Run(["--source", ".", "--format", "json", "--ignore", "gone.*"], build: BuildWith(site, ["old/*"]));

        exit.Should().Be(0, stdout);
        (await Run(["--source", ".", "--format", "json"], build: BuildWith(site, ["/[/"]))).Exit.Should().Be(2);
    }
}
