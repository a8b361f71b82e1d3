namespace SiteGen.Checks;

/// <summary>
/// Builds a site from <paramref name="sourceDir"/> in memory (or reuses a fresh build in
/// <paramref name="outputDir"/>) and hands its files to the checker; null when the build failed
/// (its diagnostics already written to <paramref name="log"/>). Plugged into <c>sitegen check</c>
/// by the builder.
/// </summary>
public delegate Task<ICheckedSite?> BuildForCheck(string sourceDir, string? outputDir, TextWriter log, CancellationToken cancellationToken);
