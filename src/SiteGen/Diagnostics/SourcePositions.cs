using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Diagnostics;

/// <summary>
/// The one adapter that turns each library's idea of a position into a 1-based <see cref="SourceSpan"/>.
/// Markdig counts from 0; YamlDotNet counts from 1 but relative to the YAML text it was given
/// (front matter starts one line into the file); AngleSharp counts from 1; Handlebars.Net only
/// mentions the position in its exception message.
/// </summary>
internal static partial class SourcePositions
{
    public static SourceSpan FromMarkdig(string file, int zeroBasedLine, int zeroBasedColumn) =>
        new(file, zeroBasedLine + 1, zeroBasedColumn + 1);

    public static SourceSpan FromYaml(string file, YamlDotNet.Core.Mark mark, int lineOffset) =>
        new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    public static SourceSpan FromAngleSharp(string file, AngleSharp.Text.TextPosition position) =>
        new(file, position.Line, position.Column);

    /// <summary>Handlebars.Net reports e.g. "... at line 3, column 7" or "(3:7)" inside the message.</summary>
    public static SourceSpan FromHandlebars(string file, string message)
    {
        var match = HandlebarsPosition().Match(message);
        if (!match.Success)
        {
            return SourceSpan.FileOnly(file);
        }

        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture);
        return new SourceSpan(file, line, column);
    }

    [GeneratedRegex(@"(?:line\s+(?<line>\d+),?\s+col(?:umn)?\s+(?<col>\d+))|(?:\((?<line>\d+):(?<col>\d+)\))|(?:at:\s*(?<line>\d+):(?<col>\d+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandlebarsPosition();
}
