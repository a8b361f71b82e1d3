using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Builds the shipped site once in memory, writes its search files to a temp folder and ranks queries on them
/// with real lunr.js through <c>rank.js</c> (results cached per index and query).
/// </summary>
public sealed class ShippedSiteSearchFixture : IAsyncLifetime
{
    public static string RankScript => Repo.Path_("tests", "SiteGen.Tests", "Search", "rank.js");

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitegen-relevance-");
    private readonly Dictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task InitializeAsync()
    {
        var bag = new DiagnosticBag();
        var result = SiteBuilder.BuildInMemory(new BuildOptions(Repo.Root, Path.Combine(_dir.FullName, "_site")), bag);
        result.Succeeded.Should().BeTrue(string.Join('\n', bag.Sorted()));
        var written = 0;
        foreach (var (path, content) in SiteBuilder.Files(result))
        {
            if (path.StartsWith("search/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal))
            {
                File.WriteAllBytes(Path.Combine(_dir.FullName, path["search/".Length..]), content);
                written++;
            }
        }

        written.Should().Be(4, "quick.json, index.json, docs.json and synonyms.json");
        return Task.CompletedTask;
    }

    /// <summary>Each result as "kind title url", best first (top 10).</summary>
    public async Task<IReadOnlyList<string>> RankAsync(string index, string query)
    {
        await _gate.WaitAsync();
        try
        {
            var key = index + "\n" + query;
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var queries = Path.Combine(_dir.FullName, $"queries-{_cache.Count}.json");
            await File.WriteAllTextAsync(queries, JsonSerializer.Serialize(new[] { query }));
            var run = await LunrVerify.NodeAsync(RankScript, _dir.FullName, queries, "--top", "10", "--index", index);
            run.ExitCode.Should().Be(0, run.ToString());
            using var json = JsonDocument.Parse(run.StandardOutput);
            var results = json.RootElement[0].GetProperty("results").EnumerateArray()
                .Select(r => $"{r.GetProperty("k").GetString()} {r.GetProperty("t").GetString()} {r.GetProperty("u").GetString()}")
                .ToList();
            _cache[key] = results;
            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task DisposeAsync()
    {
        _dir.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
