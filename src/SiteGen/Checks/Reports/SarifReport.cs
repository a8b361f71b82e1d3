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
            foreach (var (code, severity, title) in CheckCodes.All)
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
                json.WriteString("text", $"{f.Message} ({f.Target})");
                json.WriteEndObject();
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

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
