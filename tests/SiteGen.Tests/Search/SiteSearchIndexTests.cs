using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Search;
using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

public sealed class SiteSearchIndexTests
{
    private static SearchDocument Doc(string docRef, string title, string body, string id = "", string kind = "rule", string? level = "must", params string[] programs) =>
        new(docRef, kind, title, body, id, programs, level, ["tag"]);

    [Fact]
    public void Docs_json_holds_what_a_result_shows_in_ordinal_ref_order_and_the_index_uses_ordinals_as_refs()
    {
        var output = SiteSearchIndex.Build(
            [
                Doc("/rules/toi/", "TOI required", "Submit the <TOI> before\n release.", "HEX-1", programs: ["vsphere", "nsx", "nsx"]),
                Doc("/glossary/#toi", "TOI", "Transfer of Information", kind: "term", level: null),
            ],
            [],
            new DiagnosticBag());

        Encoding.UTF8.GetString(output.DocsJson).Should().Be(
            "[{\"u\":\"/glossary/#toi\",\"t\":\"TOI\",\"k\":\"term\",\"p\":[],\"x\":\"Transfer of Information\"}," +
            "{\"u\":\"/rules/toi/\",\"t\":\"TOI required\",\"k\":\"rule\",\"p\":[\"nsx\",\"vsphere\"],\"l\":\"must\",\"x\":\"Submit the <TOI> before release.\"}]");
        Encoding.UTF8.GetString(output.IndexJson).Should().StartWith(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"id\",\"body\",\"program\",\"tags\"],\"fieldVectors\":[[\"title/0\",");
        Encoding.UTF8.GetString(output.IndexJson).Should().EndWith(",\"pipeline\":[\"trimmer\",\"stemmer\"]}");
    }

    [Fact]
    public void Output_does_not_depend_on_input_order()
    {
        var docs = SyntheticSiteCorpus.Generate(200);
        var a = SiteSearchIndex.Build(docs, SyntheticSiteCorpus.Synonyms(), new DiagnosticBag());
        var b = SiteSearchIndex.Build([.. docs.Reverse()], [.. SyntheticSiteCorpus.Synonyms().Reverse()], new DiagnosticBag());
        a.IndexJson.Should().Equal(b.IndexJson);
        a.DocsJson.Should().Equal(b.DocsJson);
        a.SynonymsJson.Should().Equal(b.SynonymsJson);
    }

    [Fact]
    public void Synonym_pairs_become_lowercased_groups_merged_by_shared_spelling()
    {
        var output = SiteSearchIndex.Build(
            [],
            [new("TOI", "Transfer of  Information"), new("OVF", "Open Virtualization Format"), new("transfer of information", "T.O.I."), new("X", "x")],
            new DiagnosticBag());
        Encoding.UTF8.GetString(output.SynonymsJson).Should().Be(
            "{\"groups\":[[\"open virtualization format\",\"ovf\"],[\"t.o.i.\",\"toi\",\"transfer of information\"]]}");
    }

    [Fact]
    public void Duplicate_refs_are_reported_and_the_first_is_indexed()
    {
        var bag = new DiagnosticBag();
        var output = SiteSearchIndex.Build([Doc("/a/", "First", "one"), Doc("/a/", "Second", "two")], [], bag);
        bag.Sorted().Should().ContainSingle(d => d.Code == SiteSearchIndex.DuplicateRefCode && d.Severity == Severity.Warning);
        Encoding.UTF8.GetString(output.DocsJson).Should().Contain("\"First\"").And.NotContain("Second");
    }

    [Fact]
    public void Slashes_and_colons_split_terms_without_moving_positions()
    {
        SearchText.ForIndex("MD5/SHA-256 ovf:Name").Should().Be("MD5 SHA-256 ovf Name");
        new LunrTextPipeline().Run(SearchText.ForIndex("MD5/SHA-256")).Select(t => t.Term).Should().Equal("md5", "sha", "256");
    }

    [Theory]
    [InlineData("short text", 20, "short text")]
    [InlineData("  spaced\n\tout   text ", 40, "spaced out text")]
    [InlineData("one two three four five six", 14, "one two three…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij…")]
    public void Excerpts_collapse_whitespace_and_cut_at_words(string text, int max, string expected) =>
        SearchText.Excerpt(text, max).Should().Be(expected);

    [Fact]
    public void Budget_overrun_is_a_warning()
    {
        var bag = new DiagnosticBag();
        SiteSearchIndex.Build(SyntheticSiteCorpus.Generate(50), [], bag, SiteSearchOptions.Default with { GzipBudgetBytes = 1000 });
        bag.Sorted().Should().ContainSingle(d => d.Code == SiteSearchIndex.OverBudgetCode);
    }

    [Fact]
    public void Thousand_document_site_needs_under_200_KB_gzip_before_the_first_result()
    {
        var bag = new DiagnosticBag();
        var output = SiteSearchIndex.Build(SyntheticSiteCorpus.Generate(1000), SyntheticSiteCorpus.Synonyms(), bag);
        output.FirstResultGzipBytes.Should().BeLessThan(200 * 1024, $"quick.json is {SiteSearchIndex.GzipSize(output.QuickIndexJson)} B gzip, docs.json {SiteSearchIndex.GzipSize(output.DocsJson)} B gzip");
        bag.Sorted().Should().BeEmpty();
    }

    [Fact]
    public async Task Shipped_index_is_byte_identical_to_lunr_js_on_the_same_field_values()
    {
        var docs = new List<SearchDocument>(SyntheticSiteCorpus.Generate(300, seed: 3))
        {
            Doc("/rules/md5/", "Publish MD5/SHA-256 checksums", "ovf:Name and ovf:Version; İstanbul ΟΔΟΣ 😀 3.3.2.2", "7"),
            Doc("42", "Glossary: OVF", "OVF -- Open Virtualization Format", kind: "term", level: null),
        };
        var output = SiteSearchIndex.Build(docs, [], new DiagnosticBag());

        var sorted = docs.OrderBy(d => d.Ref, StringComparer.Ordinal).ToList();
        var corpus = sorted.Select((d, i) =>
        {
            var v = SiteSearchIndex.IndexValues(d);
            return new CorpusDocument(SiteSearchIndex.IndexRef(i), d.Kind, v[0], v[1], v[2], v[3], v[4], 1);
        });
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-lunr-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "shipped");
        Directory.CreateDirectory(dir);
        var docsFile = Path.Combine(dir, "docs.json");
        var golden = Path.Combine(dir, "golden.json");
        var ours = Path.Combine(dir, "ours.json");
        await File.WriteAllBytesAsync(docsFile, CorpusDocument.ToJson(corpus));
        await File.WriteAllBytesAsync(ours, output.IndexJson);

        var build = await LunrVerify.NodeAsync("build.js", docsFile, "title^10", "id^5", "body", "program", "tags", "--ref", "ref", "--search-pipeline", "trimmer,stemmer", "-o", golden);
        build.ExitCode.Should().Be(0, build.ToString());
        (await File.ReadAllBytesAsync(golden)).Should().Equal(output.IndexJson);
        output.QuickIndexJson.Should().NotEqual(output.IndexJson);

        var queries = Path.Combine(LunrVerify.Directory, "sample", "queries.txt");
        var compare = await LunrVerify.NodeAsync("compare.js", golden, ours, queries, "--auto=100", "--structure", "--bytes");
        compare.LastLine.Should().MatchRegex(@"^[1-9]\d* passed, 0 failed$", compare.ToString());
    }
}
