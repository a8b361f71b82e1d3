using System.Text;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// "A site in a string": txtar-style <c>-- path --</c> sections run through the real pipeline in memory
/// with the real default theme (Hugo's integration tests, made small).
/// </summary>
internal sealed class TestSite
{
    private TestSite(BuildResult result, DiagnosticBag bag)
    {
        Result = result;
        Bag = bag;
    }

    public BuildResult Result { get; }

    public DiagnosticBag Bag { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => Bag.Sorted();

    public static TestSite Build(string txtar, BuildOptions? options = null)
    {
        var files = Parse(txtar);
        var content = new InMemoryContentSource(files.Where(f => f.Key.StartsWith("content/", StringComparison.Ordinal)).Select(f => KeyValuePair.Create(f.Key["content/".Length..], f.Value)));
        var layouts = new InMemoryContentSource(files.Where(f => f.Key.StartsWith("layouts/", StringComparison.Ordinal)).Select(f => KeyValuePair.Create(f.Key["layouts/".Length..], f.Value)));
        var bag = new DiagnosticBag();
        var result = SiteBuilder.BuildInMemory(content, layouts, new PhysicalContentSource(Repo.Theme), "content/", "themes/default/", options ?? new BuildOptions(".", "_site"), bag);
        return new TestSite(result, bag);
    }

    public static Dictionary<string, string> Parse(string txtar)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in txtar.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    files[current] = text.ToString();
                }

                current = line[3..^3].Trim();
                text.Clear();
                continue;
            }

            if (current is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            files[current] = text.ToString();
        }

        return files;
    }

    public string File(string path)
    {
        Result.Output.Should().NotBeNull("the build should succeed, but reported:\n" + string.Join('\n', Diagnostics.Select(d => d.Format())));
        Result.Output!.Contains(path).Should().BeTrue($"output should contain {path}; it has: {string.Join(", ", Result.Output.Paths.Take(40))}");
        return Result.Output.GetText(path);
    }

    /// <summary>Each line of <paramref name="expected"/> must occur in the file; a line starting with "! " must not.</summary>
    public void AssertFileContains(string path, string expected)
    {
        var content = File(path);
        foreach (var line in expected.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                content.Should().NotContain(line[2..], $"{path} should not contain it");
            }
            else
            {
                content.Should().Contain(line, $"{path} should contain it");
            }
        }
    }

    /// <summary>Asserts a diagnostic with this code at this <c>file:line:col</c> and returns it.</summary>
    public Diagnostic AssertDiagnostic(string location, string code)
    {
        var match = Diagnostics.FirstOrDefault(d => d.Code == code && d.Location?.ToString() == location);
        match.Should().NotBeNull($"expected {code} at {location}; got:\n{string.Join('\n', Diagnostics.Select(d => d.Format()))}");
        return match!;
    }

    public void AssertNoErrors() =>
        Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty("the build should have no errors");
}
