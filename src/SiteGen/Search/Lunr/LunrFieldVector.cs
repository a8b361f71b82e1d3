namespace SiteGen.Search.Lunr;

/// <summary>A field vector: term indexes ascending and their rounded BM25 weights.</summary>
internal sealed record LunrFieldVector(string FieldRef, int[] TermIndexes, double[] Values);
