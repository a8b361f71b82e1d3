using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>Why an internal link does not resolve.</summary>
internal readonly record struct LocalProblem(Severity Severity, string Code, string Message);
