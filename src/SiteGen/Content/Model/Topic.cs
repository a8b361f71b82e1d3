using SiteGen.Diagnostics;

namespace SiteGen.Content.Model;

/// <summary>A row of the program comparison (topics.yaml).</summary>
internal sealed record Topic(string Id, string Title, string? Description, int Order, SourceSpan Span);
