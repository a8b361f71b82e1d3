namespace SiteGen.Diagnostics;

/// <summary>Every diagnostic code SiteGen reports, in one table (documented in README.md).</summary>
internal static class DiagnosticCodes
{
    // Content: syntax and schema (SG1xxx, errors)
    public const string YamlSyntax = "SG1001";
    public const string UnknownKey = "SG1002";
    public const string MissingKey = "SG1003";
    public const string WrongType = "SG1004";
    public const string InvalidValue = "SG1005";
    public const string DuplicateId = "SG1006";
    public const string DanglingReference = "SG1007";
    public const string InvalidId = "SG1008";
    public const string MissingFile = "SG1009";
    public const string FrontMatter = "SG1010";

    // Content lint (SG2xxx)
    public const string RuleWithoutSection = "SG2001";
    public const string BrokenMarkdownLink = "SG2002";
    public const string BrokenMarkdownFragment = "SG2003";
    public const string UnknownAcronym = "SG2101";
    public const string UnreferencedTerm = "SG2102";
    public const string RuleInNoProgram = "SG2103";
    public const string MissingFrontMatterField = "SG2104";
    public const string SwallowedBraces = "SG2105";

    // Templates (SG4xxx)
    public const string TemplateError = "SG4001";
    public const string MissingLayout = "SG4002";
    public const string MissingThemePackage = "SG4003";

    // Output (SG5xxx)
    public const string OutputRefused = "SG5001";
    public const string WriteFailed = "SG5002";
    public const string SourceMissing = "SG5003";
}
