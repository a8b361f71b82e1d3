namespace SiteGen.Markdown;

/// <summary>The plain text under one heading (or before the first), for search documents.</summary>
internal sealed record TextSection(HeadingInfo? Heading, string Text);
