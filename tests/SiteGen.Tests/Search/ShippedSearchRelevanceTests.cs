using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Typical partner queries against the shipped knowledge base return sensible top results. The site is built
/// in memory, its search files are loaded with real lunr.js (tests/lunr-verify's pinned 2.3.9), and each query
/// is run the way the page runs it: <c>rank.js</c>, next to this file, shapes queries like <c>search.js</c>
/// (glossary synonyms, plain terms, lunr syntax when used), on both the quick index (live results) and the full
/// index (results page).
/// </summary>
public sealed class ShippedSearchRelevanceTests(ShippedSiteSearchFixture search) : IClassFixture<ShippedSiteSearchFixture>
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
        var rank = File.ReadAllText(ShippedSiteSearchFixture.RankScript);
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
}
