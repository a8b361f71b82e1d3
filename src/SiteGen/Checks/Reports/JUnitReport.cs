using System.Globalization;
using System.Xml;

namespace SiteGen.Checks.Reports;

/// <summary>JUnit XML: one test case per checked file that has findings, one failure per finding; a passing case when clean.</summary>
public static class JUnitReport
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        var byFile = result.Findings.GroupBy(f => f.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "sitegen check");
            xml.WriteAttributeString("tests", Count(Math.Max(1, byFile.Count)));
            xml.WriteAttributeString("failures", Count(byFile.Count));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            if (byFile.Count == 0)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "links");
                xml.WriteAttributeString("name", $"{result.Files} files, {result.Links} links");
                xml.WriteEndElement();
            }

            foreach (var group in byFile)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "links");
                xml.WriteAttributeString("name", group.Key.Length > 0 ? group.Key : "(site)");
                if (group.Key.Length > 0)
                {
                    xml.WriteAttributeString("file", group.Key);
                }

                foreach (var f in group)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", f.Code);
                    var line = $"{SeverityNames.Of(f.Severity)} {f.Code}: {TextReport.MessageWithTarget(f)}";
                    xml.WriteAttributeString("message", line);
                    xml.WriteString(f.File.Length > 0 ? $"{TextReport.Location(f)}: {line}" : line);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        writer.WriteLine();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
