using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Output;
using SiteGen.Search;
using SiteGen.Templates;
using SiteGen.Templates.Views;

namespace SiteGen;

/// <summary>
/// The pipeline in one method: Load → Parse → Validate → Assemble/Render → Index → Write.
/// Diagnostics are collected in the bag; nothing is written when there are errors.
/// </summary>
public static partial class SiteBuilder
{
    internal const string ContentFolder = "content";

    public static BuildResult Build(BuildOptions options, DiagnosticBag bag, CancellationToken cancellationToken = default) =>
        Build(options, bag, write: true, cancellationToken);

    /// <summary>Runs the whole pipeline but keeps the output in memory (<c>sitegen check</c> checks it there).</summary>
    public static BuildResult BuildInMemory(BuildOptions options, DiagnosticBag bag, CancellationToken cancellationToken = default) =>
        Build(options, bag, write: false, cancellationToken);

    /// <summary>The built files of a successful in-memory build (output path → bytes).</summary>
    public static IEnumerable<KeyValuePair<string, byte[]>> Files(BuildResult result) => result.Output?.Files ?? [];

    private static BuildResult Build(BuildOptions options, DiagnosticBag bag, bool write, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var project = Path.GetFullPath(options.ProjectDir);
        var contentDir = Path.Combine(project, ContentFolder);
        if (!Directory.Exists(contentDir))
        {
            bag.Error(DiagnosticCodes.SourceMissing, $"no content folder at '{Path.GetRelativePath(Environment.CurrentDirectory, contentDir)}'", null, "run sitegen in the folder that contains content/, or pass --source DIR");
            return new BuildResult(false, 0, 0, stopwatch.Elapsed);
        }

        var themeDir = ResolveTheme(options.ThemeDir, project);
        if (themeDir is null)
        {
            bag.Error(DiagnosticCodes.SourceMissing, "no theme found", null, "pass --theme DIR, or keep themes/default next to content/");
            return new BuildResult(false, 0, 0, stopwatch.Elapsed);
        }

        var layoutsDir = Path.Combine(project, "layouts");
        if (!OutputWriter.IsAllowed(options.OutputDir, [contentDir, themeDir, layoutsDir], project, bag))
        {
            return new BuildResult(false, 0, 0, stopwatch.Elapsed);
        }

        var result = BuildInMemory(
            new PhysicalContentSource(contentDir),
            new PhysicalContentSource(layoutsDir),
            new PhysicalContentSource(themeDir),
            DisplayPrefix(contentDir),
            DisplayPrefix(themeDir),
            options,
            bag,
            cancellationToken);
        if (result.Output is null || !write)
        {
            return result with { Elapsed = stopwatch.Elapsed };
        }

        var writeStart = stopwatch.Elapsed;
        var written = OutputWriter.Write(result.Output, options.OutputDir, bag, cancellationToken);
        return result with { Succeeded = written, Elapsed = stopwatch.Elapsed, Stages = [.. result.Stages, KeyValuePair.Create("write", stopwatch.Elapsed - writeStart)] };
    }

    /// <summary>The whole pipeline without touching the disk: sources in, files out.</summary>
    internal static BuildResult BuildInMemory(
        IContentSource content,
        IContentSource siteLayouts,
        IContentSource theme,
        string contentPrefix,
        string themePrefix,
        BuildOptions options,
        DiagnosticBag bag,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var stages = new List<KeyValuePair<string, TimeSpan>>();
        var last = TimeSpan.Zero;
        void Stage(string name)
        {
            stages.Add(KeyValuePair.Create(name, stopwatch.Elapsed - last));
            last = stopwatch.Elapsed;
        }

        // Load + Parse
        var site = new ContentParser(content, contentPrefix, bag).Parse();
        Stage("parse");
        cancellationToken.ThrowIfCancellationRequested();

        // Validate
        new SiteValidator(bag).Validate(site);
        Stage("validate");
        cancellationToken.ThrowIfCancellationRequested();

        // Assemble + Render
        var baseUrl = options.BaseUrl ?? site.Config.BaseUrl;
        var root = baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        var urls = new SiteUrls(root);
        var output = new OutputSet();
        var assets = new AssetSet(theme, urls.Root, output, ExtraAssets(theme));
        var assetUrls = new AssetUrls(
            assets.Url("assets/css/site.css") ?? string.Empty,
            assets.Url("assets/css/print.css") ?? string.Empty,
            assets.Url("assets/js/site.js") ?? string.Empty,
            assets.Url("assets/js/search.js"),
            assets.Url("assets/css/search.css"),
            assets.Url("assets/js/lunr.min.js"));
        if (site.Config.SearchEnabled && assetUrls.LunrJs is null)
        {
            bag.Warning(
                DiagnosticCodes.MissingThemePackage,
                "search is enabled but the theme has no lunr.min.js, so pages are built without the search box",
                SourceSpan.FileOnly(themePrefix + "package.json"),
                "run 'npm ci' in the theme folder (build.sh does), or set search: { enabled: false } in site.yaml");
        }
        var layouts = new OverlayContentSource(siteLayouts, new SubfolderContentSource(theme, "layouts"));
        var templates = new TemplateSet(layouts, p => siteLayouts.Exists(p) ? "layouts/" + p.Value : themePrefix + "layouts/" + p.Value, bag);
        Stage("templates");
        var renderer = new SiteRenderer(site, urls, templates, assetUrls, contentPrefix, bag);
        var pages = renderer.Render();
        Stage("render");
        cancellationToken.ThrowIfCancellationRequested();

        foreach (var (path, html) in pages)
        {
            output.Add(path, options.KeepSourceAttributes ? html : StripSourceAttributes(html));
        }

        foreach (var file in site.StaticFiles)
        {
            output.Add(file.Value, content.ReadBytes(file));
        }

        output.Add("rules.json", DataFileWriter.RulesJson(site, renderer.Programs, renderer.ProgramRules, urls, baseUrl));
        foreach (var program in renderer.Programs)
        {
            output.Add($"programs/{program.Id}/checklist.csv", DataFileWriter.ChecklistCsv(renderer.ProgramRules[program.Id], urls, baseUrl));
        }

        if (baseUrl is not null)
        {
            output.Add("sitemap.xml", DataFileWriter.Sitemap(pages.Select(p => p.Path), urls, baseUrl));
        }
        else
        {
            bag.Info(DiagnosticCodes.MissingKey, "no sitemap.xml: site.yaml has no baseUrl", SourceSpan.FileOnly(contentPrefix + "site.yaml"), "add baseUrl: https://… to site.yaml or pass --base-url");
        }

        Stage("data files");

        // Index
        SearchStage.Write(renderer.SearchDocuments, site, output, bag);
        Stage("search index");

        var failed = bag.HasErrors;
        return new BuildResult(!failed, pages.Count, output.Paths.Count, stopwatch.Elapsed) { Output = failed ? null : output, Stages = stages, CheckIgnore = site.Config.CheckIgnore };
    }

    /// <summary>Removes the source-position attributes the Markdown renderer stamps for the link checker.</summary>
    internal static string StripSourceAttributes(string html) => SourceAttribute().Replace(html, string.Empty);

    private static IEnumerable<(string, byte[])> ExtraAssets(IContentSource theme)
    {
        var lunr = new SitePath("node_modules/lunr/lunr.min.js");
        if (theme.Exists(lunr))
        {
            yield return ("assets/js/lunr.min.js", theme.ReadBytes(lunr));
        }
    }

    private static string? ResolveTheme(string? themeDir, string project)
    {
        if (themeDir is not null)
        {
            return Directory.Exists(themeDir) ? Path.GetFullPath(themeDir) : null;
        }

        foreach (var candidate in new[] { Path.Combine(project, "themes", "default"), Path.Combine(AppContext.BaseDirectory, "themes", "default") })
        {
            if (Directory.Exists(Path.Combine(candidate, "layouts")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string DisplayPrefix(string dir)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, dir).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            relative = dir.Replace('\\', '/');
        }

        return relative == "." ? string.Empty : relative.TrimEnd('/') + "/";
    }

    [GeneratedRegex(" data-sg-src=\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAttribute();
}
