using System.Globalization;
using HandlebarsDotNet;

namespace SiteGen.Templates;

/// <summary>
/// Every template helper SiteGen registers, each with examples (template, data, expected output)
/// that one test runs, as Hugo documents its template functions.
/// </summary>
internal static class TemplateHelpers
{
    public static IReadOnlyList<HelperExample> Examples { get; } =
    [
        new("eq", "{{#if (eq level \"must\")}}yes{{else}}no{{/if}}", new { level = "must" }, "yes"),
        new("eq", "{{#if (eq level \"must\")}}yes{{else}}no{{/if}}", new { level = "may" }, "no"),
        new("upper", "{{upper level}}", new { level = "should" }, "SHOULD"),
        new("count", "{{count items}} item(s)", new { items = new[] { "a", "b" } }, "2 item(s)"),
        new("plural", "{{count items}} {{plural items \"rule\" \"rules\"}}", new { items = new[] { "a" } }, "1 rule"),
        new("plural", "{{plural n \"rule\" \"rules\"}}", new { n = 3 }, "rules"),
    ];

    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments args) =>
            args.Length == 2 && string.Equals(Text(args[0]), Text(args[1]), StringComparison.Ordinal));
        handlebars.RegisterHelper("upper", (in HelperOptions _, in Context _, in Arguments args) =>
            (object)Text(args.Length > 0 ? args[0] : null).ToUpperInvariant());
        handlebars.RegisterHelper("count", (in HelperOptions _, in Context _, in Arguments args) =>
            (object)Count(args.Length > 0 ? args[0] : null));
        handlebars.RegisterHelper("plural", (in HelperOptions _, in Context _, in Arguments args) =>
            (object)(args.Length == 3 && Count(args[0]) == 1 ? Text(args[1]) : Text(args.Length == 3 ? args[2] : null)));
    }

    private static int Count(object? value) => value switch
    {
        null => 0,
        int n => n,
        string s => s.Length,
        System.Collections.ICollection c => c.Count,
        System.Collections.IEnumerable e => e.Cast<object>().Count(),
        _ => 0,
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
