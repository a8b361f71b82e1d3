using SiteGen.Cli;
using SiteGen.Tests.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Cli;

/// <summary>The real <c>sitegen</c> entry point with its output captured (Cake's ProgramFixture).</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sitegen-cli-");

    public void Dispose() => _root.Delete(recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Project(string txtar)
    {
        var project = Path.Combine(_root.FullName, "project");
        OutputTests.WriteSite(project, txtar);
        return project;
    }

    [Fact]
    public void Build_of_valid_content_exits_0_and_reports_what_it_built()
    {
        var project = Project(MinimalSite.Text);
        var (code, output, error) = Run("build", "--source", project, "--output", Path.Combine(project, "_site"), "--theme", Repo.Theme);
        code.Should().Be(0, error);
        output.Should().MatchRegex(@"^built \d+ pages \(\d+ files\) into .*_site in \d+ ms; 0 warning\(s\)");
        File.Exists(Path.Combine(project, "_site", "index.html")).Should().BeTrue();
    }

    [Fact]
    public void Build_with_content_errors_exits_1_and_prints_compiler_style_diagnostics()
    {
        var project = Project(MinimalSite.With("content/topics.yaml", "topics:\n  - id: signing\n    titel: Who signs\n  - id: toi\n    title: TOI\n"));
        var (code, _, error) = Run("build", "--source", project, "--output", Path.Combine(project, "_site"), "--theme", Repo.Theme);
        code.Should().Be(1);
        error.Should().MatchRegex(@"content/topics\.yaml:3:5: error SG1002: topic: unknown key 'titel'");
        error.Should().Contain("hint: did you mean 'title'?");
        error.Should().Contain("build failed: ");
        error.Should().NotContain("   at ", "no stack traces for content errors");
    }

    [Fact]
    public void Build_without_a_theme_folder_uses_the_theme_shipped_with_the_tool()
    {
        var project = Project(MinimalSite.Text);
        var (code, _, error) = Run("build", "--source", project, "--output", Path.Combine(project, "_site"));
        code.Should().Be(0, error);
        Directory.GetFiles(Path.Combine(project, "_site", "assets", "css")).Should().Contain(f => Path.GetFileName(f).StartsWith("site.", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(project, "_site", "index.html")).Should().Contain("lunr.min.");
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_exit_2()
    {
        var (code, _, error) = Run("build", "--no-such-option");
        code.Should().Be(2);
        error.Should().Contain("--no-such-option");
    }

    [Fact]
    public void Invalid_base_url_is_a_usage_error_exit_2()
    {
        var (code, _, error) = Run("build", "--base-url", "not a url");
        code.Should().Be(2);
        error.Should().Contain("--base-url 'not a url' is not an absolute http(s) URL");
    }

    [Fact]
    public void Missing_content_folder_is_a_usage_error_exit_2()
    {
        var (code, _, error) = Run("build", "--source", _root.FullName, "--output", Path.Combine(_root.FullName, "_site"), "--theme", Repo.Theme);
        code.Should().Be(2);
        error.Should().Contain("error SG5003: no content folder");
    }

    [Fact]
    public void Output_inside_content_is_refused_with_exit_2()
    {
        var project = Project(MinimalSite.Text);
        var (code, _, error) = Run("build", "--source", project, "--output", Path.Combine(project, "content", "out"), "--theme", Repo.Theme);
        code.Should().Be(2);
        error.Should().Contain("error SG5001: refusing to write output");
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var help = Run("--help");
        help.Code.Should().Be(0);
        help.Out.Should().Contain("build");
        var buildHelp = Run("build", "--help");
        buildHelp.Out.Should().Contain("--output").And.Contain("--base-url").And.Contain("--quiet");
        var version = Run("--version");
        version.Code.Should().Be(0);
        version.Out.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Quiet_build_prints_nothing_on_success()
    {
        var project = Project(MinimalSite.Text);
        var (code, output, error) = Run("build", "-q", "--source", project, "--output", Path.Combine(project, "_site"), "--theme", Repo.Theme);
        code.Should().Be(0);
        output.Should().BeEmpty();
        error.Should().BeEmpty();
    }
}
