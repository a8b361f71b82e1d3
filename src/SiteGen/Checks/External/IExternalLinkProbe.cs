namespace SiteGen.Checks.External;

/// <summary>Checks a set of distinct absolute http(s) URLs (no fragments).</summary>
public interface IExternalLinkProbe : IDisposable
{
    Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IReadOnlyList<string> urls, IProgress<ExternalProgress>? progress, CancellationToken cancellationToken);
}
