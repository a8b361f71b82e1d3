namespace SiteGen;

/// <summary>The outcome of a build: the output in memory (null when there were errors) and counts.</summary>
public sealed record BuildResult(bool Succeeded, int Pages, int Files, TimeSpan Elapsed)
{
    internal Output.OutputSet? Output { get; init; }

    /// <summary>The <c>check: { ignore: [...] }</c> patterns of <c>site.yaml</c>, for <c>sitegen check --source</c>.</summary>
    public IReadOnlyList<string> CheckIgnore { get; init; } = [];

    /// <summary>Wall time of each pipeline stage, in order (printed by <c>sitegen build --timings</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages { get; init; } = [];
}
