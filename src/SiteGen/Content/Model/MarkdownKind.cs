namespace SiteGen.Content.Model;

internal enum MarkdownKind
{
    Chapter,
    Guide,
    Page,
}
