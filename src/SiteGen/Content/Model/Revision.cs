namespace SiteGen.Content.Model;

internal sealed record Revision(string Version, string? Date, string Changes);
