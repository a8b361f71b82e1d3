namespace SiteGen.Content;

/// <summary>Orders section citations naturally: 2 &lt; 3.1 &lt; 3.1.2 &lt; 3.10 &lt; Appendix A &lt; Appendix B.</summary>
internal sealed class SectionOrder : IComparer<string?>
{
    public static SectionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var a = x.Split(['.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var b = y.Split(['.', ' '], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var na = int.TryParse(a[i], out var ia);
            var nb = int.TryParse(b[i], out var ib);
            var c = (na, nb) switch
            {
                (true, true) => ia.CompareTo(ib),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
