namespace SiteGen.Checks.External;

/// <summary>The verdict on one external URL, with the last HTTP status (0 when none), a human detail and, for a permanent redirect, the new URL.</summary>
public sealed record ExternalResult(ExternalVerdict Verdict, int Status, string Detail, string? NewUrl = null);
