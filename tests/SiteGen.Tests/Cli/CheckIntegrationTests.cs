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
        output.Should().Contain("\"findings\": []");
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
