namespace SiteGen.Tests.Search;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string LastLine =>
        StandardOutput.TrimEnd('\n', '\r').Split('\n').LastOrDefault()?.TrimEnd('\r') ?? string.Empty;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
