namespace SiteGen.Checks.External;

/// <summary>Reported after each external URL is settled.</summary>
public readonly record struct ExternalProgress(int Done, int Total, string Url, ExternalVerdict Verdict);
