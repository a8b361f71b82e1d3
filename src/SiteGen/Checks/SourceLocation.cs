namespace SiteGen.Checks;

/// <summary>Where a finding is reported: the Markdown source from <c>data-sg-src</c>, or the HTML file.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>
    /// Parses <c>content/path.md:LINE:COL</c> (or <c>path:LINE</c>) as SiteGen's renderer stamps it;
    /// null when the value does not have that shape.
    /// </summary>
    public static SourceLocation? FromSourceAttribute(string value)
    {
        var last = value.LastIndexOf(':');
        if (last <= 0 || !int.TryParse(value.AsSpan(last + 1), out var n))
        {
            return null;
        }

        var previous = value.LastIndexOf(':', last - 1);
        if (previous > 0 && int.TryParse(value.AsSpan(previous + 1, last - previous - 1), out var line))
        {
            return new SourceLocation(value[..previous], line, n);
        }

        return new SourceLocation(value[..last], n, 0);
    }
}
