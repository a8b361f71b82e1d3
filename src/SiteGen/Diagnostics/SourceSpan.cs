namespace SiteGen.Diagnostics;

/// <summary>
/// A place in a source file an author edits. <see cref="File"/> is relative to the folder the
/// user named (forward slashes); <see cref="Line"/> and <see cref="Column"/> are 1-based, 0 when unknown.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan FileOnly(string file) => new(file, 0, 0);

    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
