using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>The stable codes of <c>sitegen check</c>, in one table (documented in docs/check.md).</summary>
public static class CheckCodes
{
    public const string MissingFile = "SG3001";
    public const string MissingFragment = "SG3002";
    public const string DuplicateId = "SG3003";
    public const string EmptyLink = "SG3004";
    public const string ImageWithoutAlt = "SG3005";
    public const string BadMailOrTel = "SG3006";
    public const string LocalOnlyLink = "SG3007";
    public const string DirectoryWithoutSlash = "SG3008";
    public const string MalformedUrl = "SG3009";
    public const string ExternalBroken = "SG3101";
    public const string PermanentRedirect = "SG3102";
    public const string SoftNotFound = "SG3103";
    public const string Timeout = "SG3104";
    public const string Unverified = "SG3105";
    public const string NotChecked = "SG3106";

    /// <summary>Every code with its default severity and a one-line title (SARIF rules, docs).</summary>
    public static IReadOnlyList<(string Code, Severity Severity, string Title)> All { get; } =
    [
        (MissingFile, Severity.Error, "Link target file or directory index does not exist"),
        (MissingFragment, Severity.Error, "Link fragment does not match an id or a[name] on the target page"),
        (DuplicateId, Severity.Warning, "Duplicate id on a page"),
        (EmptyLink, Severity.Warning, "Empty href or src"),
        (ImageWithoutAlt, Severity.Warning, "Image without alt attribute"),
        (BadMailOrTel, Severity.Error, "Malformed mailto: or tel: link"),
        (LocalOnlyLink, Severity.Error, "Link to localhost or a file: URL"),
        (DirectoryWithoutSlash, Severity.Warning, "Directory link without trailing slash (opt-in)"),
        (MalformedUrl, Severity.Error, "Link cannot be parsed as a URL"),
        (ExternalBroken, Severity.Error, "External link is broken (4xx/5xx, DNS or connection failure)"),
        (PermanentRedirect, Severity.Warning, "External link permanently redirects (301/308); update it"),
        (SoftNotFound, Severity.Warning, "External link answers 200 but looks like a 'not found' page"),
        (Timeout, Severity.Warning, "External link timed out after retries"),
        (Unverified, Severity.Warning, "External link could not be verified (rate limited or bot wall)"),
        (NotChecked, Severity.Warning, "External link not checked: the overall time bound was reached"),
    ];

    /// <summary>
    /// The content-lint codes of the build that <c>sitegen check --source</c> reports with its own
    /// (README.md has the full diagnostic table), with their severity and title for SARIF.
    /// </summary>
    public static IReadOnlyList<(string Code, Severity Severity, string Title)> BuildLint { get; } =
    [
        (DiagnosticCodes.RuleWithoutSection, Severity.Warning, "Rule cites no section of the source guide"),
        (DiagnosticCodes.UnknownAcronym, Severity.Warning, "Acronym used in content but missing from the glossary"),
        (DiagnosticCodes.UnreferencedTerm, Severity.Info, "Glossary term not used anywhere"),
        (DiagnosticCodes.RuleInNoProgram, Severity.Warning, "Shared rule included by no program"),
        (DiagnosticCodes.MissingFrontMatterField, Severity.Warning, "Chapter front matter without a required field"),
    ];
}
