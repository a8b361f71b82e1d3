namespace SiteGen.Search;

/// <summary>Two spellings that mean the same thing, e.g. <c>TOI</c> and <c>Transfer of Information</c> (from the glossary).</summary>
internal sealed record SearchSynonym(string Term, string Expansion);
