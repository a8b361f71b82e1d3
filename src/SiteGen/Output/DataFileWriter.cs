using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Markdown;

namespace SiteGen.Output;

/// <summary>Machine-readable exports: <c>rules.json</c>, per-program <c>checklist.csv</c>, <c>sitemap.xml</c>.</summary>
internal static class DataFileWriter
{
    public static string RulesJson(SiteModel site, IReadOnlyList<ProgramDefinition> programs, IReadOnlyDictionary<string, IReadOnlyList<Rule>> programRules, SiteUrls urls, string? baseUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Config.Title);
            json.WriteStartArray("programs");
            foreach (var program in programs)
            {
                json.WriteStartObject();
                json.WriteString("id", program.Id);
                json.WriteString("name", program.Name);
                json.WriteString("shortName", program.ShortName);
                json.WriteString("guide", program.GuideTitle);
                json.WriteString("version", program.GuideVersion);
                json.WriteString("url", Absolute(urls.Program(program.Id), urls, baseUrl));
                json.WriteStartArray("rules");
                foreach (var rule in programRules[program.Id])
                {
                    json.WriteStringValue(rule.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in site.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("level", rule.Level);
                json.WriteString("topic", rule.Topic.Value);
                if (rule.Section is not null)
                {
                    json.WriteString("section", rule.Section);
                }

                json.WriteString("phase", rule.Phase);
                json.WriteString("statement", rule.Statement.TrimEnd());
                WriteOptional(json, "rationale", rule.Rationale);
                WriteOptional(json, "evidence", rule.Evidence);
                json.WriteString("url", Absolute(urls.Rule(rule.Id), urls, baseUrl));
                WriteList(json, "programs", programs.Where(p => programRules[p.Id].Any(r => r.Id == rule.Id)).Select(p => p.Id));
                WriteList(json, "tags", rule.Tags);
                WriteList(json, "see", rule.See.Select(s => s.Value));
                WriteList(json, "checks", rule.Checks);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>RFC 4180 CSV (CRLF line ends, quotes doubled), one row per rule of the program.</summary>
    public static string ChecklistCsv(IReadOnlyList<Rule> rules, SiteUrls urls, string? baseUrl)
    {
        var sb = new StringBuilder();
        sb.Append("id,title,level,phase,topic,section,url,statement,done\r\n");
        foreach (var rule in rules)
        {
            string[] cells =
            [
                rule.Id, rule.Title, rule.Level, rule.Phase, rule.Topic.Value, rule.Section ?? string.Empty,
                Absolute(urls.Rule(rule.Id), urls, baseUrl), MarkdownRenderer.PlainText(rule.Statement), string.Empty,
            ];
            sb.AppendJoin(',', cells.Select(Csv)).Append("\r\n");
        }

        return sb.ToString();
    }

    public static string Sitemap(IEnumerable<string> htmlPaths, SiteUrls urls, string baseUrl)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in htmlPaths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var url = urls.Root + path[..^"index.html".Length];
            sb.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(Absolute(url, urls, baseUrl))).Append("</loc></url>\n");
        }

        sb.Append("</urlset>\n");
        return sb.ToString();
    }

    public static string Absolute(string rootRelative, SiteUrls urls, string? baseUrl) =>
        baseUrl is null ? rootRelative : baseUrl.TrimEnd('/') + "/" + rootRelative[urls.Root.Length..];

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value.TrimEnd());
        }
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
