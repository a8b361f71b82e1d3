using SiteGen.Diagnostics;

namespace SiteGen.Checks;

/// <summary>
/// What a build hands to <c>sitegen check --source</c>: the built files (null when the build failed),
/// every diagnostic of the build (content lint included; they become findings of the check), and the
/// <c>check: { ignore: [...] }</c> patterns of <c>site.yaml</c>.
/// </summary>
public sealed record CheckedBuild(ICheckedSite? Site, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Ignore)
{
    public static CheckedBuild Of(ICheckedSite site) => new(site, [], []);
}
