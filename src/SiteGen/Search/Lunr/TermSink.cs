namespace SiteGen.Search.Lunr;

/// <summary>Receives one pipeline term with its raw token's position and index.</summary>
internal delegate void TermSink<TState>(ref TState state, string term, int start, int length, int index);
