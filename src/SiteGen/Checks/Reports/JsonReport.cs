using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Checks.Reports;

/// <summary>
/// <c>{"findings":[{"severity","code","message","file","line","column","target"}],"summary":{"files","links","errors","warnings"}}</c>.
/// A build diagnostic has an empty <c>target</c> (and an empty <c>file</c> when it has no location).
/// </summary>
public static class JsonReport
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", SeverityNames.Of(f.Severity));
                json.WriteString("code", f.Code);
                json.WriteString("message", f.Message);
                json.WriteString("file", f.File);
                json.WriteNumber("line", f.Line);
                json.WriteNumber("column", f.Column);
                json.WriteString("target", f.Target);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", result.Files);
            json.WriteNumber("links", result.Links);
            json.WriteNumber("errors", result.Errors);
            json.WriteNumber("warnings", result.Warnings);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
