namespace SiteGen.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal enum ExitCode
{
    Success = 0,
    Findings = 1,
    UsageError = 2,
    Crash = 3,
}
