using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Checks.Reports;

/// <summary>SARIF 2.1.0 with one rule per check code and one result per finding.</summary>
public static class SarifReport
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "sitegen check");
            json.WriteString("semanticVersion", "0.1.0");
            json.WriteStartArray("rules");
            foreach (var (code, severity, title) in Rules(result))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", title);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var f in result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.Code);
                json.WriteString("level", Level(f.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", TextReport.MessageWithTarget(f));
                json.WriteEndObject();
                if (f.File.Length == 0)
                {
                    json.WriteEndObject();
                    continue;
                }

                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", f.File);
                json.WriteEndObject();
                if (f.Line > 0)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", f.Line);
                    if (f.Column > 0)
                    {
                        json.WriteNumber("startColumn", f.Column);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    /// <summary>Every check code, then the build codes that occur in the result (documented ones with their title).</summary>
    private static IEnumerable<(string Code, Severity Severity, string Title)> Rules(CheckResult result)
    {
        var known = CheckCodes.All.Concat(CheckCodes.BuildLint).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var build = result.Findings
            .Where(f => !CheckCodes.All.Any(r => r.Code == f.Code))
            .GroupBy(f => f.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => known.TryGetValue(g.Key, out var rule) ? rule : (g.Key, g.Max(f => f.Severity), "SiteGen build diagnostic (see the README's table)"));
        return CheckCodes.All.Concat(build);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
