using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// Reads one YAML mapping against a schema expressed by the calls made on it: every key asked for is
/// an allowed key; <see cref="Finish"/> reports the rest as unknown. Wrong types, missing required keys
/// and invalid values become diagnostics at the node's line and column; nothing throws.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _bag;
    private readonly int _lineOffset;
    private readonly IReadOnlyList<string>? _lines;
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    public MappingReader(YamlMappingNode node, string file, DiagnosticBag bag, int lineOffset, string what, IReadOnlyList<string>? lines = null)
    {
        _node = node;
        File = file;
        _bag = bag;
        _lineOffset = lineOffset;
        What = what;
        _lines = lines;
    }

    public string File { get; }

    public string What { get; }

    public SourceSpan Span => SpanOf(_node);

    /// <summary>Returns a reader for <paramref name="node"/> when it is a mapping; reports SG1004 otherwise.</summary>
    /// <param name="lines">The YAML text's lines, so Markdown values can report positions inside block scalars.</param>
    public static MappingReader? For(YamlNode? node, string file, DiagnosticBag bag, int lineOffset, string what, IReadOnlyList<string>? lines = null)
    {
        switch (node)
        {
            case YamlMappingNode map:
                return new MappingReader(map, file, bag, lineOffset, what, lines);
            case null:
                bag.Error(DiagnosticCodes.WrongType, $"{what} is empty; expected a mapping", new SourceSpan(file, 1, 1), "add the required keys");
                return null;
            default:
                bag.Error(DiagnosticCodes.WrongType, $"{what} must be a mapping (key: value), found {Describe(node)}", SpanOfNode(node, file, lineOffset));
                return null;
        }
    }

    public SourceSpan SpanOf(YamlNode node) => SpanOfNode(node, File, _lineOffset);

    public SourceSpan SpanOfKey(string key) =>
        TryGetKeyNode(key, out var keyNode) ? SpanOf(keyNode) : Span;

    public SourceSpan SpanOfValue(string key) =>
        TryGet(key, out var value) ? SpanOf(value) : Span;

    /// <summary>
    /// Where the text of a (Markdown) value starts: for a block scalar (<c>|</c> or <c>&gt;</c>) the first
    /// content line and its indentation, otherwise the value itself (after an opening quote). The
    /// column is the one of the text's first character, so Markdown positions add to column - 1.
    /// </summary>
    public SourceSpan TextStart(string key)
    {
        if (!TryGet(key, out var value) || value is not YamlScalarNode scalar)
        {
            return SpanOfValue(key);
        }

        var start = SpanOf(value);
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded && _lines is not null)
        {
            for (var i = (int)value.Start.Line; i < _lines.Count; i++)
            {
                var line = _lines[i];
                if (line.Trim().Length > 0)
                {
                    return new SourceSpan(File, i + 1 + _lineOffset, line.Length - line.TrimStart(' ').Length + 1);
                }
            }
        }

        var quoted = scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        return quoted ? start with { Column = start.Column + 1 } : start;
    }

    public bool Has(string key)
    {
        _allowed.Add(key);
        return TryGet(key, out _);
    }

    public string? String(string key, bool required = false)
    {
        if (!Get(key, required, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Value))
            {
                Missing(key, empty: true);
                return null;
            }

            return scalar.Value;
        }

        WrongType(key, value, "a text value");
        return null;
    }

    public string? Id(string key, bool required = true)
    {
        var value = String(key, required);
        if (value is not null && !IdPattern().IsMatch(value))
        {
            _bag.Error(
                DiagnosticCodes.InvalidId,
                $"{What}: '{key}' value '{value}' is not a valid id",
                SpanOfValue(key),
                "ids are lower-case kebab-case: letters, digits and single hyphens, e.g. 'toi-required'");
        }

        return value;
    }

    public bool? Bool(string key)
    {
        if (!Get(key, false, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text })
        {
            switch (text)
            {
                case "true": case "True": case "yes": return true;
                case "false": case "False": case "no": return false;
            }
        }

        WrongType(key, value, "true or false");
        return null;
    }

    public int? Int(string key)
    {
        if (!Get(key, false, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(key, value, "a whole number");
        return null;
    }

    public string? Enum(string key, IReadOnlyList<string> allowed, bool required = true)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            _bag.Error(
                DiagnosticCodes.InvalidValue,
                $"{What}: '{key}' is '{value}', which is not one of: {string.Join(", ", allowed)}",
                SpanOfValue(key),
                $"use one of {string.Join(" | ", allowed)}");
            return null;
        }

        return value;
    }

    /// <summary>A list of text values; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<Located<string>> StringList(string key, bool required = false)
    {
        if (!Get(key, required, out var value))
        {
            return [];
        }

        switch (value)
        {
            case YamlSequenceNode seq:
                var items = new List<Located<string>>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        items.Add(new Located<string>(text, SpanOf(item)));
                    }
                    else
                    {
                        _bag.Error(DiagnosticCodes.WrongType, $"{What}: items of '{key}' must be text values, found {Describe(item)}", SpanOf(item));
                    }
                }

                return items;
            case YamlScalarNode { Value: { } single } when single.Length > 0:
                return [new Located<string>(single, SpanOf(value))];
            case YamlScalarNode:
                return [];
            default:
                WrongType(key, value, "a list of text values");
                return [];
        }
    }

    public MappingReader? Mapping(string key, bool required = false)
    {
        if (!Get(key, required, out var value))
        {
            return null;
        }

        if (value is YamlMappingNode map)
        {
            return new MappingReader(map, File, _bag, _lineOffset, $"{What} '{key}'", _lines);
        }

        WrongType(key, value, "a mapping (key: value)");
        return null;
    }

    /// <summary>A list of mappings (records).</summary>
    public IReadOnlyList<MappingReader> Records(string key, string itemName, bool required = false)
    {
        if (!Get(key, required, out var value))
        {
            return [];
        }

        if (value is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (value is not YamlSequenceNode seq)
        {
            WrongType(key, value, $"a list of {itemName} records");
            return [];
        }

        var result = new List<MappingReader>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map)
            {
                result.Add(new MappingReader(map, File, _bag, _lineOffset, itemName, _lines));
            }
            else
            {
                _bag.Error(DiagnosticCodes.WrongType, $"{What}: each item of '{key}' must be a {itemName} record (key: value), found {Describe(item)}", SpanOf(item));
            }
        }

        return result;
    }

    /// <summary>Reports every key that no call asked for (SG1002). Call after reading all keys.</summary>
    public void Finish()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = keyNode is YamlScalarNode s ? s.Value ?? string.Empty : keyNode.ToString();
            if (!_allowed.Contains(key))
            {
                var suggestion = Suggest(key);
                _bag.Error(
                    DiagnosticCodes.UnknownKey,
                    $"{What}: unknown key '{key}'",
                    SpanOf(keyNode),
                    suggestion is null
                        ? $"allowed keys: {string.Join(", ", _allowed.Order(StringComparer.Ordinal))}"
                        : $"did you mean '{suggestion}'? allowed keys: {string.Join(", ", _allowed.Order(StringComparer.Ordinal))}");
            }
        }
    }

    private string? Suggest(string key) =>
        _allowed
            .Select(a => (a, d: Distance(a.ToLowerInvariant(), key.ToLowerInvariant())))
            .Where(x => x.d <= 2)
            .OrderBy(x => x.d)
            .ThenBy(x => x.a, StringComparer.Ordinal)
            .Select(x => x.a)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }

    private bool Get(string key, bool required, out YamlNode value)
    {
        _allowed.Add(key);
        if (TryGet(key, out value!) && !IsNull(value))
        {
            return true;
        }

        if (required)
        {
            Missing(key, empty: false);
        }

        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private void Missing(string key, bool empty) =>
        _bag.Error(
            DiagnosticCodes.MissingKey,
            empty ? $"{What}: '{key}' must not be empty" : $"{What}: missing required key '{key}'",
            empty ? SpanOfValue(key) : Span,
            $"add '{key}: …' to this {What}");

    private void WrongType(string key, YamlNode value, string expected) =>
        _bag.Error(
            DiagnosticCodes.WrongType,
            $"{What}: '{key}' must be {expected}, found {Describe(value)}",
            SpanOf(value));

    private bool TryGet(string key, out YamlNode value) => TryGetEntry(key, out _, out value);

    private bool TryGetKeyNode(string key, out YamlNode keyNode) => TryGetEntry(key, out keyNode, out _);

    private bool TryGetEntry(string key, out YamlNode keyNode, out YamlNode value)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                keyNode = k;
                value = v;
                return true;
            }
        }

        keyNode = null!;
        value = null!;
        return false;
    }

    private static SourceSpan SpanOfNode(YamlNode node, string file, int lineOffset) =>
        SourcePositions.FromYaml(file, node.Start, lineOffset);

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: var v } => $"'{v}'",
        _ => "something else",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
