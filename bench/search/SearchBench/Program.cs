using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Search;
using SiteGen.Search.Lunr;
using SiteGen.Tests.Search;

namespace SiteGen.Bench;

/// <summary>
/// Search benchmark driver. Modes:
///   corpus N OUT_DIR          write OUT_DIR/docs.json (the N-document corpus, lunr field values) for node build.js
///   build DOCS.json OUT.json  build the index from that docs.json like build.js would (whole-process timing)
///   inproc N RUNS             build N documents RUNS times in-process; print build-phase median (ms)
///   size N [maxBodyWords...]  gzip sizes of index.json + docs.json for N documents
///   browser-query URL N RUNS  Chromium: load URL/ (bench/search/page), time N queries on its index.json, RUNS times
///   browser-first URL Q RUNS  Chromium: on a built site at URL, type Q in the header box; bytes and time to the first live result
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "corpus":
                WriteCorpus(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
                return 0;
            case "build":
                return BuildFromFile(args[1], args[2]);
            case "inproc":
                InProcess(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
                return 0;
            case "size":
                Sizes(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0));
                return 0;
            case "browser-query":
                return BrowserBench.QueriesAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
            case "browser-first":
                return BrowserBench.FirstResultAsync(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
            default:
                Console.Error.WriteLine("usage: SiteGen.Bench corpus N DIR | build DOCS.json OUT.json | inproc N RUNS | size N [maxBodyWords...] | browser-query URL N RUNS | browser-first URL QUERY RUNS");
                return 2;
        }
    }

    private static void WriteCorpus(int count, string dir)
    {
        Directory.CreateDirectory(dir);
        var docs = SyntheticSiteCorpus.Generate(count);
        var json = new JsJsonWriter();
        json.Raw((byte)'[');
        for (var i = 0; i < docs.Count; i++)
        {
            if (i > 0)
            {
                json.Raw((byte)',');
            }

            var values = SiteSearchIndex.IndexValues(docs[i]);
            json.Raw("{\"ref\":"u8);
            json.String(docs[i].Ref);
            for (var f = 0; f < SiteSearchIndex.Fields.Count; f++)
            {
                json.Raw((byte)',');
                json.String(SiteSearchIndex.Fields[f].Name);
                json.Raw((byte)':');
                json.String(values[f] ?? string.Empty);
            }

            json.Raw((byte)'}');
        }

        json.Raw((byte)']');
        File.WriteAllBytes(Path.Combine(dir, "docs.json"), json.ToArray());
    }

    /// <summary>The same job as <c>node build.js docs.json title^10 id^5 body program tags --ref ref -o OUT</c>.</summary>
    private static int BuildFromFile(string docsFile, string outFile)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(docsFile));
        var builder = new LunrIndexBuilder(SiteSearchIndex.Fields);
        var names = SiteSearchIndex.Fields.Select(f => f.Name).ToArray();
        var values = new string?[names.Length];
        foreach (var d in doc.RootElement.EnumerateArray())
        {
            for (var f = 0; f < names.Length; f++)
            {
                values[f] = d.TryGetProperty(names[f], out var v) ? v.GetString() : null;
            }

            builder.Add(d.GetProperty("ref").GetString()!, values);
        }

        File.WriteAllBytes(outFile, builder.Build().ToJsonUtf8());
        return 0;
    }

    private static void InProcess(int count, int runs)
    {
        var docs = SyntheticSiteCorpus.Generate(count);
        var values = docs.Select(d => SiteSearchIndex.IndexValues(d)).ToArray();
        var times = new List<double>();
        var bytes = 0;
        var phases = new List<string>();
        for (var r = 0; r < runs + 1; r++)
        {
            var sw = Stopwatch.StartNew();
            var builder = new LunrIndexBuilder(SiteSearchIndex.Fields);
            for (var i = 0; i < docs.Count; i++)
            {
                builder.Add(docs[i].Ref, values[i]);
            }

            var added = sw.Elapsed.TotalMilliseconds;
            var index = builder.Build();
            var built = sw.Elapsed.TotalMilliseconds;
            bytes = index.ToJsonUtf8().Length;
            sw.Stop();
            phases.Add($"add={added:F0} build={built - added:F0} write={sw.Elapsed.TotalMilliseconds - built:F0}");
            if (r > 0)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"inproc docs={count} runs={runs} bytes={bytes} median_ms={times[times.Count / 2]:F1} first_run_excluded; phases ms: {string.Join(" | ", phases)}");
    }

    private static void Sizes(int count, IEnumerable<int> caps)
    {
        var docs = SyntheticSiteCorpus.Generate(count);
        var words = docs.Sum(d => d.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"corpus docs={count} body_words_avg={words / (double)count:F0}");
        foreach (var cap in caps)
        {
            var output = SiteSearchIndex.Build(docs, SyntheticSiteCorpus.Synonyms(), new DiagnosticBag(), SiteSearchOptions.Default with { MaxBodyWords = cap });
            static string Size(byte[] b) => $"{b.Length / 1024.0,7:F1} KB (gzip {SiteSearchIndex.GzipSize(b) / 1024.0,5:F1} KB)";
            Console.WriteLine(
                $"maxBodyWords={cap}: quick.json {Size(output.QuickIndexJson)}  index.json {Size(output.IndexJson)}  docs.json {Size(output.DocsJson)}  synonyms.json {Size(output.SynonymsJson)}");
            Console.WriteLine(
                $"  before first result (quick+docs+synonyms): {output.FirstResultGzipBytes / 1024.0:F1} KB gzip; everything: {output.FullGzipBytes / 1024.0:F1} KB gzip; budget 200 KB");
        }
    }
}
