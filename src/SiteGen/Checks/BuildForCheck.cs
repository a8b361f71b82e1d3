namespace SiteGen.Checks;

/// <summary>
/// Builds a site from <paramref name="sourceDir"/> in memory (or reuses a fresh build in
/// <paramref name="outputDir"/>) and hands its files, its diagnostics and the <c>site.yaml</c>
/// ignore patterns to the checker. Plugged into <c>sitegen check</c> by the builder.
/// </summary>
public delegate Task<CheckedBuild> BuildForCheck(string sourceDir, string? outputDir, TextWriter log, CancellationToken cancellationToken);
