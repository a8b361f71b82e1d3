namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe; read back in a stable sorted order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, string message, SourceSpan? location, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, location, hint));

    public void Warning(string code, string message, SourceSpan? location, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, location, hint));

    public void Info(string code, string message, SourceSpan? location, string? hint = null) =>
        Add(new Diagnostic(Severity.Info, code, message, location, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }

    /// <summary>Sorted by file, line, column, code, message (ordinal), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location?.File ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
