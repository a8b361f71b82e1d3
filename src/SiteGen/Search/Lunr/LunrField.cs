namespace SiteGen.Search.Lunr;

/// <summary>A searchable field and its boost (lunr: <c>this.field(name, { boost })</c>; 0 means 1).</summary>
internal sealed record LunrField(string Name, double Boost = 1);
