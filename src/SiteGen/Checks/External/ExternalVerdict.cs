namespace SiteGen.Checks.External;

/// <summary>What an external URL check concluded.</summary>
public enum ExternalVerdict
{
    Ok,
    Broken,
    PermanentRedirect,
    SoftNotFound,
    Timeout,
    Unverified,
    NotChecked,
}
