namespace SiteGen.Diagnostics;

/// <summary>One finding about the input: data, never an exception.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan? Location, string? Hint = null)
{
    /// <summary>Compiler style: <c>content/a.yaml:12:5: error SG1003: message</c>.</summary>
    public string Format()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var head = Location is { } loc ? $"{loc}: {severity} {Code}: {Message}" : $"{severity} {Code}: {Message}";
        return Hint is null ? head : $"{head}\n  hint: {Hint}";
    }

    public override string ToString() => Format();
}
