using System.Net;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;

namespace SiteGen.Markdown;

/// <summary>
/// Renders Markdown with one shared pipeline. After parsing it rewrites links (Markdown files to page
/// URLs, reporting missing targets), stamps <c>data-sg-src="file:line:col"</c> on links and images so
/// the link checker can report the line an author edits, adds a permalink to each heading, and wraps
/// glossary acronyms in <c>&lt;abbr&gt;</c> (reporting acronyms the glossary lacks).
/// </summary>
internal sealed class MarkdownRenderer(ILinkResolver links, AcronymIndex acronyms)
{
    public const string SourceAttribute = "data-sg-src";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseGenericAttributes() // last: it extends the other extensions' parsers (fenced blocks, containers)
        .Build();

    public RenderedMarkdown Render(string text, MarkdownContext context, DiagnosticBag bag)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var usedTerms = new HashSet<string>(StringComparer.Ordinal);
        var reportedAcronyms = new HashSet<string>(StringComparer.Ordinal);
        // Text for headings and search is taken before acronyms become <abbr> HTML, which plain text drops.
        var headings = document.Descendants<HeadingBlock>().Select(HeadingOf).ToList();
        var sections = Sections(document);

        foreach (var node in document.Descendants().ToList())
        {
            ReportSwallowedBraces(node, context, bag);
            switch (node)
            {
                case LinkInline link:
                    RewriteLink(link, context, bag);
                    break;
                case AutolinkInline autolink:
                    Stamp(autolink.GetAttributes(), context, autolink.Line, autolink.Column);
                    break;
                case LiteralInline literal when !IsInsideLinkOrCode(literal):
                    MarkAcronyms(literal, context, bag, usedTerms, reportedAcronyms);
                    break;
                case Markdig.Extensions.TaskLists.TaskList task:
                    LabelTask(task);
                    break;
            }
        }

        if (context.AnchorHeadings)
        {
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                AddPermalink(heading);
            }
        }

        var html = RenderHtml(document, context.Inline);
        return new RenderedMarkdown(html, headings, sections, usedTerms);
    }

    /// <summary>Plain text of Markdown (for excerpts, CSV, search), without rendering links or HTML.</summary>
    public static string PlainText(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return Normalize(PlainTextOf(document));
    }

    private static string RenderHtml(MarkdownDocument document, bool inline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline && document.Count == 1 && document[0] is ParagraphBlock };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        // Code blocks and tables may scroll sideways on small screens; what scrolls must be reachable
        // by keyboard (WCAG 2.1.1), so both get tabindex and tables a scrolling wrapper.
        return writer.ToString()
            .Replace("<pre><code", "<pre tabindex=\"0\"><code", StringComparison.Ordinal)
            .Replace("<table>", "<div class=\"sg-table-scroll\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    private void RewriteLink(LinkInline link, MarkdownContext context, DiagnosticBag bag)
    {
        var url = link.Url ?? string.Empty;
        var location = new SourceSpan(context.SourceFile, link.Line + 1 + context.LineOffset, link.Column + 1 + context.ColumnOffset);
        if (url.Length > 0 && !url.StartsWith('#') && !HasScheme(url))
        {
            var resolved = links.Resolve(url, context.ContentPath);
            if (resolved is null)
            {
                bag.Error(
                    DiagnosticCodes.BrokenMarkdownLink,
                    $"link target '{url}' does not exist",
                    location,
                    "link to a Markdown file by its relative path (e.g. ../guides/x.md), to a page by its URL (e.g. /rules/<id>/), or to a file under content/");
            }
            else
            {
                link.Url = resolved;
            }
        }
        else if (url.Length == 0)
        {
            bag.Error(DiagnosticCodes.BrokenMarkdownLink, "link has an empty target", location, "write the target between the parentheses: [text](target)");
        }

        Stamp(link.GetAttributes(), context, link.Line, link.Column);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return url.StartsWith("//", StringComparison.Ordinal);
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Stamp(HtmlAttributes attributes, MarkdownContext context, int line, int column) =>
        attributes.AddPropertyIfNotExist(SourceAttribute, $"{context.SourceFile}:{line + 1 + context.LineOffset}:{column + 1 + context.ColumnOffset}");

    private static bool IsInsideLinkOrCode(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private void MarkAcronyms(LiteralInline literal, MarkdownContext context, DiagnosticBag bag, HashSet<string> used, HashSet<string> reported)
    {
        var text = literal.Content.ToString();
        var matches = acronyms.Find(text);
        if (matches.Count == 0)
        {
            return;
        }

        Inline anchor = literal;
        var position = 0;
        var replaced = false;
        foreach (var match in matches)
        {
            if (!match.Known)
            {
                if (reported.Add(match.Term))
                {
                    bag.Warning(
                        DiagnosticCodes.UnknownAcronym,
                        $"acronym '{match.Term}' is not in the glossary",
                        new SourceSpan(context.SourceFile, literal.Line + 1 + context.LineOffset, literal.Column + 1 + context.ColumnOffset + match.Index),
                        $"add '{match.Term}' with its expansion to content/glossary.yaml");
                }

                continue;
            }

            used.Add(match.Term);
            var expansion = acronyms.Expansion(match.Term);
            if (expansion is null)
            {
                continue;
            }

            if (match.Index > position)
            {
                anchor = InsertAfter(anchor, new LiteralInline(text[position..match.Index]));
            }

            var word = WebUtility.HtmlEncode(text.Substring(match.Index, match.Length));
            anchor = InsertAfter(anchor, new HtmlInline($"<abbr title=\"{WebUtility.HtmlEncode(expansion)}\">{word}</abbr>"));
            position = match.Index + match.Length;
            replaced = true;
        }

        if (!replaced)
        {
            return;
        }

        if (position < text.Length)
        {
            InsertAfter(anchor, new LiteralInline(text[position..]));
        }

        literal.Remove();
    }

    private static Inline InsertAfter(Inline anchor, Inline inline)
    {
        anchor.InsertAfter(inline);
        return inline;
    }

    /// <summary>
    /// Markdig's generic attributes read <c>{word}</c> as an HTML attribute and drop it from the text
    /// (<c>VMware {code}</c> would lose "{code}"). A bare word with no value is almost never meant
    /// as an attribute, so it is reported instead of vanishing silently.
    /// </summary>
    private static void ReportSwallowedBraces(MarkdownObject node, MarkdownContext context, DiagnosticBag bag)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return;
        }

        foreach (var property in properties.Where(p => string.IsNullOrEmpty(p.Value) && p.Key != SourceAttribute))
        {
            bag.Warning(
                DiagnosticCodes.SwallowedBraces,
                $"'{{{property.Key}}}' was read as an HTML attribute and is missing from the text",
                new SourceSpan(context.SourceFile, node.Line + 1 + context.LineOffset, node.Column + 1 + context.ColumnOffset),
                $"write \\{{{property.Key}\\}} to show the braces; attributes look like {{#id}}, {{.class}} or {{key=value}}");
        }
    }

    /// <summary>Task-list checkboxes get an accessible name: the text of their list item.</summary>
    private static void LabelTask(Markdig.Extensions.TaskLists.TaskList task)
    {
        var label = task.Parent is ContainerInline container ? Normalize(InlineText(container)) : string.Empty;
        var html = $"<input type=\"checkbox\" disabled{(task.Checked ? " checked" : string.Empty)} aria-label=\"{WebUtility.HtmlEncode(label)}\">";
        task.ReplaceBy(new HtmlInline(html));
    }

    private static HeadingInfo HeadingOf(HeadingBlock heading) =>
        new(heading.Level, heading.GetAttributes().Id ?? string.Empty, Normalize(InlineText(heading.Inline)));

    private static void AddPermalink(HeadingBlock heading)
    {
        var id = heading.GetAttributes().Id;
        if (string.IsNullOrEmpty(id) || heading.Inline is null)
        {
            return;
        }

        var title = Normalize(InlineText(heading.Inline));
        var html = $" <a class=\"sg-anchor\" href=\"#{WebUtility.HtmlEncode(id)}\" aria-label=\"Permalink to {WebUtility.HtmlEncode(title)}\"><span aria-hidden=\"true\">#</span></a>";
        heading.Inline.AppendChild(new HtmlInline(html));
    }

    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content);
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString();
    }

    private static List<TextSection> Sections(MarkdownDocument document)
    {
        var sections = new List<TextSection>();
        var plain = new PlainTextWriter();
        HeadingInfo? current = null;
        var text = new StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                if (current is not null || text.Length > 0)
                {
                    sections.Add(new TextSection(current, Normalize(text.ToString())));
                }

                current = HeadingOf(heading);
                text.Clear();
                continue;
            }

            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                continue;
            }

            text.Append(plain.Render(block)).Append(' ');
        }

        if (current is not null || text.Length > 0)
        {
            sections.Add(new TextSection(current, Normalize(text.ToString())));
        }

        return sections;
    }

    private static string PlainTextOf(MarkdownObject block) => new PlainTextWriter().Render(block);

    /// <summary>One plain-text renderer (set up once) reused for every block of a document.</summary>
    private sealed class PlainTextWriter
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public PlainTextWriter()
        {
            _renderer = new HtmlRenderer(_writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Pipeline.Setup(_renderer);
        }

        public string Render(MarkdownObject block)
        {
            _writer.GetStringBuilder().Clear();
            _renderer.Render(block);
            _writer.Flush();
            return _writer.ToString();
        }
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
