using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Build;

/// <summary>What the build writes: page set, URLs, exports, determinism and atomic replacement.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Every_page_type_is_produced()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.Result.Output!.Paths.Where(p => !p.StartsWith("assets/", StringComparison.Ordinal)).Should().BeEquivalentTo(
            "404.html", "about/index.html", "compare/index.html", "glossary/index.html", "guides/howto/index.html",
            "guides/index.html", "index.html", "landing-page/index.html", "programs/alpha/01-intro/index.html",
            "programs/alpha/checklist.csv", "programs/alpha/checklist/index.html", "programs/alpha/index.html",
            "programs/beta/checklist.csv", "programs/beta/checklist/index.html", "programs/beta/index.html",
            "rules.json", "rules/alpha-signing/index.html", "rules/beta-signing/index.html", "rules/index.html",
            "rules/toi-required/index.html", "search/docs.json", "search/index.html", "search/index.json", "search/quick.json",
            "search/synonyms.json", "sitemap.xml", "toi/index.html");
    }

    [Fact]
    public void Relative_markdown_links_are_rewritten_to_page_urls_with_fragment()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.AssertFileContains("rules/toi-required/index.html", "<a href=\"/programs/alpha/01-intro/#scope\">intro</a>\n! data-sg-src");
    }

    [Fact]
    public void Source_positions_are_kept_only_when_asked()
    {
        var site = TestSite.Build(MinimalSite.Text, new BuildOptions(".", "_site") { KeepSourceAttributes = true });
        site.AssertFileContains("programs/alpha/01-intro/index.html", "data-sg-src=\"content/programs/alpha/chapters/01-intro.md:8:34\"");
    }

    [Fact]
    public void Headings_get_stable_ids_and_a_visible_permalink()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.AssertFileContains("programs/alpha/01-intro/index.html", "<h2 id=\"scope\">Scope <a class=\"sg-anchor\" href=\"#scope\" aria-label=\"Permalink to Scope\">\n<h2 id=\"11-overview\">");
    }

    [Fact]
    public void Glossary_acronyms_become_abbr_and_terms_get_anchors()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.AssertFileContains("programs/alpha/01-intro/index.html", "The <abbr title=\"Transfer of Information\">TOI</abbr> covers the product.");
        site.AssertFileContains("glossary/index.html", "<dt id=\"toi\">TOI <span class=\"sg-expansion\">Transfer of Information</span>");
    }

    [Fact]
    public void Rule_page_lists_the_programs_that_include_it()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.AssertFileContains("rules/toi-required/index.html", "<li><a href=\"/programs/alpha/\">Alpha Program</a></li>\n<li><a href=\"/programs/beta/\">Beta Program</a></li>");
    }

    [Fact]
    public void Compare_marks_shared_topics_and_puts_differences_side_by_side()
    {
        var site = TestSite.Build(MinimalSite.Text);
        var html = site.File("compare/index.html");
        html.Should().Contain("<tbody id=\"topic-toi\" class=\"sg-same\">");
        html.Should().Contain("<tbody id=\"topic-signing\" class=\"sg-differs\">");
        html.Should().MatchRegex("topic-signing[\\s\\S]*data-label=\"Alpha\"[\\s\\S]*VMware signs the VIB[\\s\\S]*data-label=\"Beta\"[\\s\\S]*Partners sign their own software");
    }

    [Fact]
    public void Checklist_csv_quotes_fields_per_rfc_4180()
    {
        var site = TestSite.Build(MinimalSite.Text);
        var csv = site.File("programs/alpha/checklist.csv");
        csv.Should().StartWith("id,title,level,phase,topic,section,url,statement,done\r\n");
        csv.Should().Contain("alpha-signing,VMware signs the VIB,must,pre-release,signing,3.2.4,https://kb.example.org/rules/alpha-signing/,Submit each VIB through an SR.,\r\n");
    }

    [Fact]
    public void Rules_json_and_sitemap_use_the_base_url()
    {
        var site = TestSite.Build(MinimalSite.Text);
        site.AssertFileContains("rules.json", "\"url\": \"https://kb.example.org/rules/toi-required/\"");
        site.AssertFileContains("sitemap.xml", "<loc>https://kb.example.org/compare/</loc>\n! 404");
    }

    [Fact]
    public void Base_url_with_a_path_prefixes_every_link()
    {
        var site = TestSite.Build(MinimalSite.Text, new BuildOptions(".", "_site") { BaseUrl = "https://example.org/docs/" });
        site.AssertFileContains("index.html", "href=\"/docs/programs/alpha/\"\ndata-sg-root=\"/docs/\"");
    }

    [Fact]
    public void Theme_assets_get_content_hashed_names()
    {
        var site = TestSite.Build(MinimalSite.Text);
        var css = site.Result.Output!.Paths.Single(p => p.StartsWith("assets/css/site.", StringComparison.Ordinal));
        css.Should().MatchRegex("^assets/css/site\\.[0-9a-f]{10}\\.css$");
        site.AssertFileContains("index.html", $"<link rel=\"stylesheet\" href=\"/{css}\">");
    }

    [Fact]
    public void Pages_have_no_inline_scripts_or_styles()
    {
        var site = TestSite.Build(MinimalSite.Text);
        foreach (var path in site.Result.Output!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.File(path);
            html.Should().NotMatchRegex("<script(?![^>]*\\bsrc=)[^>]*>", path);
            html.Should().NotContain("<style", path);
            html.Should().NotContain(" style=\"", path);
            html.Should().NotMatchRegex(" on[a-z]+=\"", path);
        }
    }

    [Fact]
    public void Hugo_style_front_matter_date_tags_description_and_draft_are_understood()
    {
        var text = MinimalSite.Text
            + "\n-- content/notes/update.md --\n---\ntitle: Update\ndescription: What changed.\ndate: 2026-11-01\ntags: [ovf, signing]\n---\nBody.\n"
            + "\n-- content/notes/wip.md --\n---\ntitle: Work in progress\ndraft: true\n---\nNot yet.\n";
        var site = TestSite.Build(text);
        site.AssertNoErrors();
        site.AssertFileContains("notes/update/index.html", "<meta name=\"description\" content=\"What changed.\">\n<span class=\"sg-tag\">ovf</span>\nUpdated 2026-11-01");
        site.Result.Output!.Contains("notes/wip/index.html").Should().BeFalse("drafts are not published");
    }

    [Fact]
    public void Site_layouts_override_the_theme()
    {
        var site = TestSite.Build(MinimalSite.Text + "\n-- layouts/404.hbs --\n<h1>Custom missing page</h1>\n");
        site.AssertFileContains("404.html", "<h1>Custom missing page</h1>");
    }

    [Fact]
    public void Without_the_themes_npm_packages_search_is_left_out_with_a_warning()
    {
        var theme = new PhysicalContentSource(Repo.Theme);
        var withoutPackages = new InMemoryContentSource(theme.Files
            .Where(p => !p.Value.StartsWith("node_modules/", StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p.Value, theme.ReadText(p))));
        var files = TestSite.Parse(MinimalSite.Text);
        var content = new InMemoryContentSource(files.Where(f => f.Key.StartsWith("content/", StringComparison.Ordinal)).Select(f => KeyValuePair.Create(f.Key["content/".Length..], f.Value)));
        var bag = new DiagnosticBag();
        var result = SiteBuilder.BuildInMemory(content, new InMemoryContentSource([]), withoutPackages, "content/", "themes/default/", new BuildOptions(".", "_site"), bag);
        result.Succeeded.Should().BeTrue();
        bag.Sorted().Should().ContainSingle(d => d.Code == "SG4003" && d.Location!.Value.File == "themes/default/package.json");
        var home = System.Text.Encoding.UTF8.GetString(SiteBuilder.Files(result).Single(f => f.Key == "index.html").Value);
        home.Should().NotContain("src=\"\"").And.NotContain("sg-search-input");
    }

    [Fact]
    public void Building_twice_gives_byte_identical_output()
    {
        static Dictionary<string, string> Hashes() =>
            TestSite.Build(MinimalSite.Text).Result.Output!.Files.ToDictionary(f => f.Key, f => Convert.ToHexString(SHA256.HashData(f.Value)));

        Hashes().Should().Equal(Hashes());
    }

    [Fact]
    public void Shipped_content_builds_twice_to_identical_files_on_disk()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-det-");
        try
        {
            var bag1 = new DiagnosticBag();
            var bag2 = new DiagnosticBag();
            SiteBuilder.Build(new BuildOptions(Repo.Root, Path.Combine(root.FullName, "a")), bag1).Succeeded.Should().BeTrue(string.Join('\n', bag1.Sorted()));
            SiteBuilder.Build(new BuildOptions(Repo.Root, Path.Combine(root.FullName, "b")), bag2).Succeeded.Should().BeTrue();
            var a = Snapshot(Path.Combine(root.FullName, "a"));
            var b = Snapshot(Path.Combine(root.FullName, "b"));
            a.Count.Should().BeGreaterThan(200);
            a.Should().Equal(b);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-atomic-");
        try
        {
            var project = Path.Combine(root.FullName, "project");
            WriteSite(project, MinimalSite.Text);
            var output = Path.Combine(project, "_site");
            SiteBuilder.Build(new BuildOptions(project, output) { ThemeDir = Repo.Theme }, new DiagnosticBag()).Succeeded.Should().BeTrue();
            var before = Snapshot(output);

            File.WriteAllText(Path.Combine(project, "content", "topics.yaml"), "topics:\n  - id: [broken\n");
            var bag = new DiagnosticBag();
            SiteBuilder.Build(new BuildOptions(project, output) { ThemeDir = Repo.Theme }, bag).Succeeded.Should().BeFalse();

            bag.HasErrors.Should().BeTrue();
            Snapshot(output).Should().Equal(before);
            Directory.GetDirectories(project, "._site.*").Should().BeEmpty("no temporary folders are left behind");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_removes_stale_files()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-swap-");
        try
        {
            var project = Path.Combine(root.FullName, "project");
            WriteSite(project, MinimalSite.Text);
            var output = Path.Combine(project, "_site");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "stale.html"), "old");
            SiteBuilder.Build(new BuildOptions(project, output) { ThemeDir = Repo.Theme }, new DiagnosticBag()).Succeeded.Should().BeTrue();
            File.Exists(Path.Combine(output, "stale.html")).Should().BeFalse();
            File.Exists(Path.Combine(output, "index.html")).Should().BeTrue();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/out")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("themes")]
    public void Output_folder_that_is_or_contains_a_source_folder_is_refused(string relativeOutput)
    {
        var root = Directory.CreateTempSubdirectory("sitegen-refuse-");
        try
        {
            var project = Path.Combine(root.FullName, "project");
            WriteSite(project, MinimalSite.Text);
            Directory.CreateDirectory(Path.Combine(project, "themes"));
            var theme = Path.Combine(project, "themes", "default");
            CopyDirectory(Repo.Theme, theme);
            var before = Snapshot(Path.Combine(project, "content"));
            var bag = new DiagnosticBag();
            SiteBuilder.Build(new BuildOptions(project, Path.Combine(project, relativeOutput)) { ThemeDir = theme }, bag).Succeeded.Should().BeFalse();
            bag.Sorted().Should().ContainSingle(d => d.Code == "SG5001");
            Snapshot(Path.Combine(project, "content")).Should().Equal(before);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    internal static void WriteSite(string project, string txtar)
    {
        foreach (var (path, text) in TestSite.Parse(txtar))
        {
            var file = Path.Combine(project, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules", StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
