using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A value together with where it was written, so later stages can report at that place.</summary>
internal readonly record struct Located<T>(T Value, SourceSpan Span);
