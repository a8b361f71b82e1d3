using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Typical partner queries against the shipped knowledge base return sensible top results. The site is built
/// in memory, its search files are loaded with real lunr.js, and each query is run the way the page runs it
/// (<c>tests/lunr-verify/rank.js</c> shapes queries like <c>search.js</c>: glossary synonyms, plain terms,
/// lunr syntax when used) on both the quick index (live results) and the full index (results page).
/// </summary>
public sealed class ShippedSearchRelevanceTests(ShippedSearchRelevanceTests.ShippedSearch search) : IClassFixture<ShippedSearchRelevanceTests.ShippedSearch>
{
    public static TheoryData<string, int, string> Expectations => new()
    {
        // query, within the top N, a result whose "kind title url" matches this pattern
        { "TOI", 3, @"^(rule|term) .*\bTOI\b" },
        { "TOI", 3, @"^term TOI — Transfer of Information /glossary/#toi$" },
        { "MD5", 5, @"^section Landing page: MD5 checksum /landing-page/#md5$" },
        { "3.3.2.2", 3, @"^section 3\.3\.2\.2 Partner Hosting .*#3322-partner-hosting$" },
        { "hot fix", 3, @"^(rule|section) .*[Hh]ot [Ff]ix (process|procedure)" },
        { "who signs the VIB", 5, @"^rule .*(sign|Sign).* /rules/[a-z-]*(vib|sign)[a-z-]*/$" },
        { "who signs the VIB", 5, @"^rule No self-signing; VMware signs submitted VIBs /rules/hex-no-self-signing/$" },
        { "Transfer of Information", 3, @"^term TOI — Transfer of Information " },
        { "landing page checksum", 5, @"^(rule|section) .*(MD5|[Cc]hecksum)" },
        { "title:VIB", 5, @"^(rule|term|section) .*\bVIBs?\b" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task Full_index_ranks_the_expected_result_near_the_top(string query, int top, string pattern)
    {
        var results = await search.RankAsync("index", query);
        AssertWithinTop(results, query, top, pattern, "index.json");
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task Quick_index_live_results_rank_the_expected_result_near_the_top(string query, int top, string pattern)
    {
        var results = await search.RankAsync("quick", query);
        AssertWithinTop(results, query, top, pattern, "quick.json");
    }

    [Fact]
    public void Rank_script_shapes_queries_like_the_client()
    {
        // rank.js copies search.js's query shaping; these lines must stay identical in both files.
        var client = File.ReadAllText(Repo.Path_("themes", "default", "assets", "js", "search.js"));
        var rank = File.ReadAllText(Path.Combine(LunrVerify.Directory, "rank.js"));
        foreach (var fragment in new[]
                 {
                     @"split(/[\s\-:^~*+\\/""'()[\]{},;!?]+/)",
                     @"/[:^~*+\\]|(^|\s)-/",
                     @"replace(/[\\:~^+\-*]/g",
                     "q.term(t, {})",
                 })
        {
            client.Should().Contain(fragment);
            rank.Should().Contain(fragment);
        }
    }

    private static void AssertWithinTop(IReadOnlyList<string> results, string query, int top, string pattern, string index)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var rank = results.Take(top).ToList().FindIndex(regex.IsMatch);
        var dump = new StringBuilder();
        for (var i = 0; i < results.Count; i++)
        {
            dump.Append(i + 1).Append(". ").AppendLine(results[i]);
        }

        rank.Should().BeGreaterThanOrEqualTo(0, $"'{query}' on {index} should have /{pattern}/ in its top {top}; it returned:\n{dump}");
    }

    /// <summary>Builds the shipped site once in memory and writes its search files to a temp folder.</summary>
    public sealed class ShippedSearch : IAsyncLifetime
    {
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
                var run = await LunrVerify.NodeAsync("rank.js", _dir.FullName, queries, "--top", "10", "--index", index);
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
}
