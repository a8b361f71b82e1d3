using HandlebarsDotNet;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Templates.Views;

namespace SiteGen.Templates;

/// <summary>
/// Every layout and partial, compiled once per build. Files are looked up in a site's own
/// <c>layouts/</c> first, then the theme's, so a site overrides any single file. Each page kind has
/// a layout <c>layouts/&lt;kind&gt;.hbs</c> rendered into <c>layouts/base.hbs</c> as <c>{{{contentHtml}}}</c>.
/// </summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _bag;

    public TemplateSet(IContentSource layouts, Func<SitePath, string> displayPath, DiagnosticBag bag)
    {
        _bag = bag;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = false });
        TemplateHelpers.Register(handlebars);

        foreach (var path in layouts.Files.Where(p => p.Extension == ".hbs" && p.StartsWith("partials")))
        {
            var name = path.Value["partials/".Length..^".hbs".Length];
            var file = displayPath(path);
            try
            {
                handlebars.RegisterTemplate(name, layouts.ReadText(path));
            }
            catch (HandlebarsException ex)
            {
                Report(file, ex);
            }
        }

        foreach (var path in layouts.Files.Where(p => p.Extension == ".hbs" && !p.StartsWith("partials")))
        {
            var name = path.Value[..^".hbs".Length];
            var file = displayPath(path);
            _files[name] = file;
            try
            {
                _layouts[name] = handlebars.Compile(layouts.ReadText(path));
            }
            catch (HandlebarsException ex)
            {
                Report(file, ex);
            }
        }
    }

    /// <summary>Renders a page of the given kind inside the base layout; null (and a diagnostic) on failure.</summary>
    public string? Render(string kind, PageView page)
    {
        if (!_layouts.TryGetValue(kind, out var layout) || !_layouts.TryGetValue("base", out var baseLayout))
        {
            var missing = _layouts.ContainsKey(kind) ? "base" : kind;
            _bag.Error(DiagnosticCodes.MissingLayout, $"no layout '{missing}.hbs' for page {page.Url}", SourceSpan.FileOnly($"layouts/{missing}.hbs"), "add the layout to your site's layouts/ folder or restore the theme's");
            return null;
        }

        try
        {
            var content = layout(page);
            return baseLayout(page with { ContentHtml = content });
        }
        catch (HandlebarsException ex)
        {
            Report(_files.GetValueOrDefault(kind, kind), ex);
            return null;
        }
    }

    private void Report(string file, HandlebarsException ex) =>
        _bag.Error(DiagnosticCodes.TemplateError, $"template error: {FirstLine(ex.Message)}", SourcePositions.FromHandlebars(file, ex.Message), "check that every {{#block}} has its {{/block}} and every expression is closed with }}");

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
}
