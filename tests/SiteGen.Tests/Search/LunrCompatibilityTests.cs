using System.Text;
using System.Text.Json;
using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>
/// Our builder against the real lunr.js 2.3.9: the same documents built by both must give byte-identical
/// JSON, and <c>compare.js</c> (load both, run every query, compare refs, scores, matchData) must report
/// <c>0 failed</c>.
/// </summary>
public sealed class LunrCompatibilityTests
{
    private static readonly LunrField[] SiteFields =
    [
        new("title", 10), new("id", 5), new("body"), new("program"), new("tags"),
    ];

    [Fact]
    public async Task Generated_corpus_with_positions_and_doc_boosts_is_byte_identical_to_lunr_js()
    {
        var docs = LunrCorpus.Documents(600);
        var queries = LunrCorpus.Queries(120);
        queries.Count.Should().BeGreaterThanOrEqualTo(100);

        await AssertIdenticalAsync(
            "positions",
            docs,
            queries,
            SiteFields,
            metadata: ["position"],
            searchPipeline: null,
            useDocBoost: true);
    }

    [Fact]
    public async Task Generated_corpus_in_site_configuration_is_byte_identical_to_lunr_js()
    {
        // What SiteSearchIndex ships: no metadata, search pipeline trimmer + stemmer, no doc boosts.
        var docs = LunrCorpus.Documents(500, seed: 99);
        var queries = LunrCorpus.Queries(100, seed: 11);

        await AssertIdenticalAsync(
            "site",
            docs,
            queries,
            SiteFields,
            metadata: [],
            searchPipeline: ["trimmer", "stemmer"],
            useDocBoost: false);
    }

    [Fact]
    public async Task Generated_corpus_with_every_metadata_key_is_byte_identical_to_lunr_js()
    {
        var docs = LunrCorpus.Documents(120, seed: 5);
        await AssertIdenticalAsync(
            "allmeta",
            docs,
            LunrCorpus.Queries(20, seed: 3),
            [new("title", 10), new("id", -1), new("body", 0), new("program", 0.3), new("tags", 2)],
            metadata: ["position", "index", "fields", "unknownKey"],
            searchPipeline: null,
            useDocBoost: true);
    }

    [Fact]
    public async Task Sample_corpus_is_byte_identical_to_lunr_js()
    {
        var dir = Path.Combine(LunrVerify.Directory, "sample");
        using var sample = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(dir, "docs.json")));
        var builder = new LunrIndexBuilder([new("title", 10), new("body"), new("tags")], ["position"]);
        foreach (var doc in sample.RootElement.EnumerateArray())
        {
            string? Get(string name) => doc.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            builder.Add(Get("id")!, [Get("title"), Get("body"), Get("tags")]);
        }

        var work = WorkDirectory("sample");
        var ours = Path.Combine(work, "ours.json");
        var golden = Path.Combine(work, "golden.json");
        await File.WriteAllBytesAsync(ours, builder.Build().ToJsonUtf8());

        var build = await LunrVerify.NodeAsync("build.js", Path.Combine(dir, "docs.json"), "title^10", "body", "tags", "--ref", "id", "--metadata", "position", "-o", golden);
        build.ExitCode.Should().Be(0, build.ToString());
        AssertSameBytes(await File.ReadAllBytesAsync(golden), await File.ReadAllBytesAsync(ours));

        var compare = await LunrVerify.NodeAsync("compare.js", golden, ours, Path.Combine(dir, "queries.txt"), "--auto", "--structure", "--bytes");
        AssertComparePassed(compare);
    }

    [Fact]
    public async Task Empty_index_is_byte_identical_to_lunr_js()
    {
        await AssertIdenticalAsync("empty", [], ["toi", "-toi"], SiteFields, [], null, useDocBoost: false, runCompare: false);
    }

    private static async Task AssertIdenticalAsync(
        string name,
        IReadOnlyList<CorpusDocument> docs,
        IReadOnlyList<string> queries,
        IReadOnlyList<LunrField> fields,
        IReadOnlyList<string> metadata,
        IReadOnlyList<string>? searchPipeline,
        bool useDocBoost,
        bool runCompare = true)
    {
        var work = WorkDirectory(name);
        var docsFile = Path.Combine(work, "docs.json");
        var queriesFile = Path.Combine(work, "queries.json");
        var golden = Path.Combine(work, "golden.json");
        var ours = Path.Combine(work, "ours.json");
        await File.WriteAllBytesAsync(docsFile, CorpusDocument.ToJson(docs));
        await File.WriteAllBytesAsync(queriesFile, QueriesJson(queries));

        var builder = new LunrIndexBuilder(fields, metadata, searchPipeline);
        foreach (var d in docs)
        {
            builder.Add(d.Ref, d.Values, useDocBoost ? d.Boost : 1);
        }

        await File.WriteAllBytesAsync(ours, builder.Build().ToJsonUtf8());

        var args = new List<string> { "build.js", docsFile };
        args.AddRange(fields.Select(f => f.Boost == 1 ? f.Name : f.Name + "^" + JsNumber.Format(f.Boost)));
        args.AddRange(["--ref", "ref", "-o", golden]);
        if (metadata.Count > 0)
        {
            args.AddRange(["--metadata", string.Join(',', metadata)]);
        }

        if (searchPipeline is not null)
        {
            args.AddRange(["--search-pipeline", string.Join(',', searchPipeline)]);
        }

        if (useDocBoost)
        {
            args.AddRange(["--doc-boost", "boost"]);
        }

        var build = await LunrVerify.NodeAsync([.. args]);
        build.ExitCode.Should().Be(0, build.ToString());
        AssertSameBytes(await File.ReadAllBytesAsync(golden), await File.ReadAllBytesAsync(ours));

        if (runCompare)
        {
            var compare = await LunrVerify.NodeAsync("compare.js", golden, ours, queriesFile, "--auto", "--structure", "--bytes");
            AssertComparePassed(compare);
        }
    }

    private static void AssertComparePassed(ProcessResult compare)
    {
        var last = compare.LastLine;
        last.Should().MatchRegex(@"^[1-9]\d* passed, 0 failed$", compare.ToString());
        compare.ExitCode.Should().Be(0, compare.ToString());
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var i = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] b) => Encoding.UTF8.GetString(b, Math.Max(0, i - 120), Math.Min(b.Length, i + 120) - Math.Max(0, i - 120));
        Assert.Fail($"index JSON differs at byte {i} (expected {expected.Length} bytes, got {actual.Length}).\nexpected: …{Around(expected)}…\nactual:   …{Around(actual)}…");
    }

    private static byte[] QueriesJson(IReadOnlyList<string> queries)
    {
        var json = new JsJsonWriter();
        json.Raw((byte)'[');
        for (var i = 0; i < queries.Count; i++)
        {
            if (i > 0)
            {
                json.Raw((byte)',');
            }

            json.String(queries[i]);
        }

        json.Raw((byte)']');
        return json.ToArray();
    }

    private static string WorkDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-lunr-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), name);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
