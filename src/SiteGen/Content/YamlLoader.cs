using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Parses YAML text into a node tree, turning syntax errors into SG1001 diagnostics.</summary>
internal static class YamlLoader
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after the opening <c>---</c>).</param>
    public static YamlNode? Load(string file, string text, DiagnosticBag bag, int lineOffset = 0)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var mark = ex.InnerException is YamlException i2 ? i2.Start : ex.Start;
            bag.Error(
                DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: {Clean(message)}",
                SourcePositions.FromYaml(file, mark, lineOffset),
                "check indentation and quoting; quote values that contain ': ' or start with a special character");
            return null;
        }
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is already in the span.</summary>
    private static string Clean(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
    }
}
