namespace SiteGen.Checks;

/// <summary>
/// One URL found on a page: the element and attribute it came from, the value as written
/// (entity-decoded, one srcset candidate at a time) and where to report it.
/// </summary>
internal sealed record PageLink(string Element, string Attribute, string Value, SourceLocation Location);
