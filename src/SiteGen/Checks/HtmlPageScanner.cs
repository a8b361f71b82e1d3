using System.Net;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>
/// A single-pass, allocation-light HTML tokenizer that reads one page once and yields both its
/// fragment targets (every <c>id</c>, every <c>a[name]</c>) and its links with 1-based line and
/// column of the element's <c>&lt;</c> (the same position AngleSharp reports with
/// <c>IsKeepingSourceReferences</c>). It follows the HTML tokenizer rules that matter for links:
/// comments, doctype and processing instructions are skipped, script/style/title/textarea/xmp/iframe/
/// noembed/noframes content is raw text, attribute names are case-insensitive, the first of two equal
/// attributes wins, values are entity-decoded. It builds no DOM, which makes it several times faster
/// than a full AngleSharp parse (see docs/check.md); a test compares its output with AngleSharp's DOM
/// on every fixture page.
/// </summary>
internal sealed class HtmlPageScanner
{
    private readonly string _text;
    private readonly PageScan _scan;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _countedTo;
    private int _line = 1;
    private int _lineStart;
    private string? _ignoredName;
    private int _ignoredDepth;

    // Attributes of the current start tag (the first occurrence wins).
    private string? _href;
    private string? _src;
    private string? _srcset;
    private string? _id;
    private string? _name;
    private string? _alt;
    private string? _rel;
    private string? _sgSrc;
    private string? _ariaHidden;
    private string? _role;
    private string? _poster;
    private bool _sgIgnore;

    private HtmlPageScanner(string path, string text)
    {
        _text = text;
        _scan = new PageScan(path);
    }

    /// <summary>The attribute that marks an element (and everything inside it) as not checked.</summary>
    public const string IgnoreAttribute = "data-sg-ignore";

    public static PageScan Scan(string path, ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var scanner = new HtmlPageScanner(path, Encoding.UTF8.GetString(utf8));
        scanner.Run();
        return scanner._scan;
    }

    public static PageScan Scan(string path, string html) => Scan(path, Encoding.UTF8.GetBytes(html));

    private void Run()
    {
        var text = _text;
        var i = 0;
        while (true)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
            {
                return;
            }

            var c = text[lt + 1];
            if (c == '!')
            {
                if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
                {
                    var end = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 3;
                }
                else
                {
                    var end = text.IndexOf('>', lt + 2);
                    i = end < 0 ? text.Length : end + 1;
                }
            }
            else if (c == '?')
            {
                var end = text.IndexOf('>', lt + 2);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/')
            {
                i = EndTag(lt);
            }
            else if (char.IsAsciiLetter(c))
            {
                i = StartTag(lt);
            }
            else
            {
                i = lt + 1;
            }
        }
    }

    private int EndTag(int lt)
    {
        var text = _text;
        var p = lt + 2;
        if (p >= text.Length || !char.IsAsciiLetter(text[p]))
        {
            var close = text.IndexOf('>', p);
            return close < 0 ? text.Length : close + 1;
        }

        var nameStart = p;
        while (p < text.Length && !IsSpace(text[p]) && text[p] != '/' && text[p] != '>')
        {
            p++;
        }

        if (_ignoredName is not null && text.AsSpan(nameStart, p - nameStart).Equals(_ignoredName, StringComparison.OrdinalIgnoreCase))
        {
            if (--_ignoredDepth == 0)
            {
                _ignoredName = null;
            }
        }

        var end = text.IndexOf('>', p);
        return end < 0 ? text.Length : end + 1;
    }

    private int StartTag(int lt)
    {
        var text = _text;
        var p = lt + 1;
        var nameStart = p;
        while (p < text.Length && !IsSpace(text[p]) && text[p] != '/' && text[p] != '>')
        {
            p++;
        }

        var tag = Classify(text.AsSpan(nameStart, p - nameStart));
        ResetAttributes();
        var selfClosing = false;
        while (true)
        {
            while (p < text.Length && (IsSpace(text[p]) || text[p] == '/'))
            {
                selfClosing = text[p] == '/';
                p++;
            }

            if (p >= text.Length)
            {
                return text.Length;
            }

            if (text[p] == '>')
            {
                p++;
                break;
            }

            selfClosing = false;
            var attrStart = p;
            p++; // the first character belongs to the name even when it is '='
            while (p < text.Length && !IsSpace(text[p]) && text[p] != '/' && text[p] != '>' && text[p] != '=')
            {
                p++;
            }

            var attrName = text.AsSpan(attrStart, p - attrStart);
            while (p < text.Length && IsSpace(text[p]))
            {
                p++;
            }

            string? value = null;
            if (p < text.Length && text[p] == '=')
            {
                p++;
                while (p < text.Length && IsSpace(text[p]))
                {
                    p++;
                }

                int valueStart, valueEnd;
                if (p < text.Length && (text[p] == '"' || text[p] == '\''))
                {
                    var quote = text[p];
                    valueStart = p + 1;
                    valueEnd = text.IndexOf(quote, valueStart);
                    if (valueEnd < 0)
                    {
                        return text.Length;
                    }

                    p = valueEnd + 1;
                }
                else
                {
                    valueStart = p;
                    while (p < text.Length && !IsSpace(text[p]) && text[p] != '>')
                    {
                        p++;
                    }

                    valueEnd = p;
                }

                if (tag != Tag.Other || IsCommonAttribute(attrName))
                {
                    value = Decode(text.AsSpan(valueStart, valueEnd - valueStart));
                }
            }

            if (tag != Tag.Other || IsCommonAttribute(attrName))
            {
                Assign(attrName, value ?? string.Empty);
            }
        }

        OnStartTag(tag, lt, nameStart, selfClosing);

        var rawEnd = tag switch
        {
            Tag.Script => "</script",
            Tag.Style => "</style",
            Tag.Title => "</title",
            Tag.Textarea => "</textarea",
            Tag.Iframe => "</iframe",
            Tag.RawOther => "</" + text.Substring(nameStart, NameLength(nameStart)).ToLowerInvariant(),
            _ => null,
        };
        if (rawEnd is not null && !selfClosing)
        {
            var end = text.IndexOf(rawEnd, p, StringComparison.OrdinalIgnoreCase);
            return end < 0 ? text.Length : end;
        }

        return p;
    }

    private int NameLength(int nameStart)
    {
        var p = nameStart;
        while (p < _text.Length && !IsSpace(_text[p]) && _text[p] != '/' && _text[p] != '>')
        {
            p++;
        }

        return p - nameStart;
    }

    private void OnStartTag(Tag tag, int lt, int nameStart, bool selfClosing)
    {
        var nameSpan = _text.AsSpan(nameStart, NameLength(nameStart));
        var ignored = _ignoredName is not null;
        if (ignored && nameSpan.Equals(_ignoredName, StringComparison.OrdinalIgnoreCase) && !selfClosing)
        {
            _ignoredDepth++;
        }
        else if (!ignored && _sgIgnore && !IsVoid(tag) && !selfClosing)
        {
            _ignoredName = nameSpan.ToString().ToLowerInvariant();
            _ignoredDepth = 1;
        }

        ignored |= _sgIgnore;

        if (!string.IsNullOrEmpty(_id))
        {
            if (!_ids.Add(_id))
            {
                var at = Locate(lt);
                _scan.Findings.Add(new Finding(Severity.Warning, CheckCodes.DuplicateId,
                    $"duplicate id '{_id}'; a link to '#{_id}' goes to the first one", at.File, at.Line, at.Column, "#" + _id));
            }

            _scan.Anchors.Add(_id);
        }

        if (tag == Tag.A && !string.IsNullOrEmpty(_name))
        {
            _scan.Anchors.Add(_name);
        }

        if (tag == Tag.Base)
        {
            if (_href is not null && _scan.BaseHref is null)
            {
                _scan.BaseHref = _href;
            }

            return;
        }

        if (ignored || tag == Tag.Other || tag == Tag.RawOther)
        {
            return;
        }

        switch (tag)
        {
            case Tag.A:
            case Tag.Area:
                Add("href", _href, lt);
                break;
            case Tag.Link:
                if (!IsHintOnly(_rel))
                {
                    Add("href", _href ?? string.Empty, lt);
                }

                break;
            case Tag.Img:
                if (_src is null && _srcset is null)
                {
                    var at = Locate(lt);
                    _scan.Findings.Add(new Finding(Severity.Warning, CheckCodes.EmptyLink, "img has neither src nor srcset", at.File, at.Line, at.Column, string.Empty));
                }
                else
                {
                    Add("src", _src, lt);
                    AddSrcset(_srcset, lt);
                }

                if (_alt is null && _ariaHidden != "true" && _role is not ("presentation" or "none"))
                {
                    var at = Locate(lt);
                    _scan.Findings.Add(new Finding(Severity.Warning, CheckCodes.ImageWithoutAlt,
                        "img has no alt attribute (use alt=\"\" for a decorative image)", at.File, at.Line, at.Column, _src ?? _srcset ?? string.Empty));
                }

                break;
            case Tag.Source:
                Add("src", _src, lt);
                AddSrcset(_srcset, lt);
                break;
            case Tag.Video:
                Add("src", _src, lt);
                Add("poster", _poster, lt);
                break;
            case Tag.Script:
            case Tag.Iframe:
            case Tag.Audio:
            case Tag.Track:
            case Tag.Embed:
                Add("src", _src, lt);
                break;
        }
    }

    private void Add(string attribute, string? value, int lt)
    {
        if (value is null)
        {
            return;
        }

        _scan.Links.Add(new PageLink(TagName(lt), attribute, value, Locate(lt)));
    }

    private void AddSrcset(string? srcset, int lt)
    {
        if (srcset is null)
        {
            return;
        }

        foreach (var candidate in SrcsetParser.Urls(srcset))
        {
            _scan.Links.Add(new PageLink(TagName(lt), "srcset", candidate, Locate(lt)));
        }
    }

    private string TagName(int lt) => _text.Substring(lt + 1, NameLength(lt + 1)).ToLowerInvariant();

    private SourceLocation Locate(int position)
    {
        if (_sgSrc is not null && SourceLocation.FromSourceAttribute(_sgSrc) is { } source)
        {
            return source;
        }

        if (position > _countedTo)
        {
            var span = _text.AsSpan(_countedTo, position - _countedTo);
            var newlines = span.Count('\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = _countedTo + span.LastIndexOf('\n') + 1;
            }

            _countedTo = position;
        }

        return new SourceLocation(_scan.Path, _line, position - _lineStart + 1);
    }

    private static bool IsHintOnly(string? rel)
    {
        if (rel is null)
        {
            return false;
        }

        foreach (var token in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.Equals("preconnect", StringComparison.OrdinalIgnoreCase) && !token.Equals("dns-prefetch", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private void ResetAttributes()
    {
        _href = _src = _srcset = _id = _name = _alt = _rel = _sgSrc = _ariaHidden = _role = _poster = null;
        _sgIgnore = false;
    }

    private static bool IsCommonAttribute(ReadOnlySpan<char> name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals(IgnoreAttribute, StringComparison.OrdinalIgnoreCase);

    private void Assign(ReadOnlySpan<char> name, string value)
    {
        switch (name.Length)
        {
            case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase):
                _id ??= value;
                break;
            case 3 when name.Equals("src", StringComparison.OrdinalIgnoreCase):
                _src ??= value;
                break;
            case 3 when name.Equals("alt", StringComparison.OrdinalIgnoreCase):
                _alt ??= value;
                break;
            case 3 when name.Equals("rel", StringComparison.OrdinalIgnoreCase):
                _rel ??= value;
                break;
            case 4 when name.Equals("href", StringComparison.OrdinalIgnoreCase):
                _href ??= value;
                break;
            case 4 when name.Equals("name", StringComparison.OrdinalIgnoreCase):
                _name ??= value;
                break;
            case 4 when name.Equals("role", StringComparison.OrdinalIgnoreCase):
                _role ??= value;
                break;
            case 6 when name.Equals("srcset", StringComparison.OrdinalIgnoreCase):
                _srcset ??= value;
                break;
            case 6 when name.Equals("poster", StringComparison.OrdinalIgnoreCase):
                _poster ??= value;
                break;
            case 11 when name.Equals("data-sg-src", StringComparison.OrdinalIgnoreCase):
                _sgSrc ??= value;
                break;
            case 11 when name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase):
                _ariaHidden ??= value;
                break;
            case 14 when name.Equals(IgnoreAttribute, StringComparison.OrdinalIgnoreCase):
                _sgIgnore = true;
                break;
        }
    }

    private static string Decode(ReadOnlySpan<char> value) =>
        value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsVoid(Tag tag) => tag is Tag.Area or Tag.Base or Tag.Embed or Tag.Img or Tag.Link or Tag.Source or Tag.Track or Tag.Void;

    private static Tag Classify(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[10];
        if (name.Length > lower.Length)
        {
            return Tag.Other;
        }

        name.ToLowerInvariant(lower);
        return lower[..name.Length] switch
        {
            "a" => Tag.A,
            "area" => Tag.Area,
            "link" => Tag.Link,
            "img" => Tag.Img,
            "source" => Tag.Source,
            "script" => Tag.Script,
            "iframe" => Tag.Iframe,
            "video" => Tag.Video,
            "audio" => Tag.Audio,
            "track" => Tag.Track,
            "embed" => Tag.Embed,
            "base" => Tag.Base,
            "style" => Tag.Style,
            "title" => Tag.Title,
            "textarea" => Tag.Textarea,
            "xmp" or "noembed" or "noframes" or "plaintext" => Tag.RawOther,
            "br" or "col" or "hr" or "input" or "meta" or "wbr" => Tag.Void,
            _ => Tag.Other,
        };
    }

    private enum Tag
    {
        Other,
        RawOther,
        Void,
        A,
        Area,
        Link,
        Img,
        Source,
        Script,
        Iframe,
        Video,
        Audio,
        Track,
        Embed,
        Base,
        Style,
        Title,
        Textarea,
    }
}
