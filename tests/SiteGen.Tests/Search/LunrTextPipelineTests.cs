using System.Text.Json;
using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>Tokenizer, trimmer, stop words, stemmer, lowercasing and number spelling, with the spec's vectors.</summary>
public sealed class LunrTextPipelineTests
{
    private const string StemVectors =
        "caresses→caress ponies→poni ties→ti cats→cat feed→feed agreed→agre plastered→plaster bled→bled " +
        "motoring→motor sing→sing conflated→conflat troubled→troubl sized→size hopping→hop tanned→tan " +
        "falling→fall hissing→hiss fizzed→fizz failing→fail filing→file happy→happi sky→ski yes→ye " +
        "yesterday→yesterday yellow→yellow crying→cri relational→relat conditional→condit rational→ration " +
        "valenci→valenc hesitanci→hesit digitizer→digit conformabli→conform radicalli→radic " +
        "differentli→differ vileli→vile analogousli→analog vietnamization→vietnam predication→predic " +
        "operator→oper feudalism→feudal decisiveness→decis hopefulness→hope callousness→callous " +
        "formaliti→formal sensitiviti→sensit sensibiliti→sensibl triplicate→triplic formative→form " +
        "formalize→formal electriciti→electr electrical→electr hopeful→hope goodness→good revival→reviv " +
        "allowance→allow inference→infer airliner→airlin gyroscopic→gyroscop adjustable→adjust " +
        "defensible→defens irritant→irrit replacement→replac adjustment→adjust dependent→depend " +
        "adoption→adopt homologou→homolog communism→commun activate→activ angulariti→angular " +
        "homologous→homolog effective→effect bowdlerize→bowdler probate→probat rate→rate cease→ceas " +
        "controll→control roll→roll generalizations→gener connections→connect running→run " +
        "validation→valid re-validation→re-valid 3.3.2.2→3.3.2.2 md5→md5 toi→toi it’s→it’";

    public static TheoryData<string, string> StemCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in StemVectors.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('→');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StemCases))]
    public void Stemmer_matches_lunr_vectors(string word, string stem) =>
        PorterStemmer.Stem(word).Should().Be(stem);

    [Fact]
    public void Pipeline_keeps_raw_token_position_and_index()
    {
        var terms = new LunrTextPipeline().Run("The TOI -- see §3.3.2.2, e.g. MD5/SHA-256!");
        terms.Should().Equal(
            new LunrToken("toi", 4, 3, 1),
            new LunrToken("see", 11, 3, 2),
            new LunrToken("3.3.2.2", 15, 9, 3),
            new LunrToken("e.g", 25, 4, 4),
            new LunrToken("md5/sha", 30, 7, 5),
            new LunrToken("256", 38, 4, 6));
    }

    [Fact]
    public void Lowercasing_follows_javascript_for_dotted_capital_i_and_final_sigma()
    {
        var terms = new LunrTextPipeline().Run("İstanbul aΣ1 ΟΔΟΣ café");
        terms.Should().Equal(
            new LunrToken("i\u0307stanbul", 0, 9, 0),
            new LunrToken("a\u03C21", 10, 3, 1),
            new LunrToken(string.Empty, 14, 4, 2),
            new LunrToken("caf", 19, 4, 3));
        JsLowerCase.Apply("ΣΑΣ Σ aΣ").Should().Be("σας σ aς");
    }

    [Theory]
    [InlineData("café", "caf")]
    [InlineData("über", "ber")]
    [InlineData("naïve", "naïve")]
    [InlineData("\"quoted\"", "quoted")]
    [InlineData("日本語", "")]
    [InlineData("__init__", "__init__")]
    [InlineData("(toi)", "toi")]
    [InlineData("ßig", "ig")]
    public void Trimmer_strips_ascii_non_word_characters_only(string token, string trimmed) =>
        LunrTrimmer.Trim(token).ToString().Should().Be(trimmed);

    [Fact]
    public void Tokenizer_splits_on_javascript_whitespace_and_hyphen_only()
    {
        LunrTokenizer.Tokenize("a\u00A0b\uFEFFc\u0085d--e\u2028f")
            .Select(t => t.Term).Should().Equal("a", "b", "c\u0085d", "e", "f");
        LunrTokenizer.Tokenize(null).Should().BeEmpty();
    }

    [Fact]
    public void Stop_words_are_the_119_of_lunr()
    {
        LunrStopWords.Words.Should().HaveCount(119);
        LunrStopWords.Contains("the").Should().BeTrue();
        LunrStopWords.Contains(string.Empty).Should().BeFalse();
        LunrStopWords.Contains("constructor").Should().BeFalse();
        new LunrTextPipeline().Run("the THE (the) toi").Select(t => t.Term).Should().Equal("toi");
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(0.61, "0.61")]
    [InlineData(-0.182, "-0.182")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-6, "0.0000015")]
    [InlineData(3.5e21, "3.5e+21")]
    [InlineData(1.2345678901234568e+20, "123456789012345680000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e17, "150000000000000000")]
    [InlineData(0.00001, "0.00001")]
    public void Numbers_are_spelled_like_javascript(double value, string expected) =>
        JsNumber.Format(value).Should().Be(expected);

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(-0.5, 0)]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    public void Rounding_is_javascript_math_round(double value, double expected) =>
        LunrIndexBuilder.JsRound(value).Should().Be(expected);

    [Fact]
    public void Json_strings_are_escaped_like_json_stringify()
    {
        var json = new JsJsonWriter();
        json.String("a\"b\\c\b\f\n\r\t\u0001\u001f é😀<>&'/\u007f\u0085\u2028\ud800x\udc00");
        System.Text.Encoding.UTF8.GetString(json.WrittenSpan).Should().Be(
            "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f é😀<>&'/\u007f\u0085\u2028\\ud800x\\udc00\"");
    }

    [Fact]
    public async Task Stemmer_matches_lunr_js_on_its_fixture_and_a_generated_word_list()
    {
        var fixture = Path.Combine(LunrVerify.Directory, "node_modules", "lunr", "test", "fixtures", "stemming_vocab.json");
        await LunrVerify.EnsureInstalledAsync();
        using var vocab = JsonDocument.Parse(await File.ReadAllBytesAsync(fixture));
        var words = vocab.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        words.AddRange(GeneratedWords(6000));

        var file = Path.Combine(Path.GetTempPath(), $"sitegen-stem-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(words));
        var result = await LunrVerify.NodeAsync("stem.js", file);
        File.Delete(file);
        result.ExitCode.Should().Be(0, result.ToString());
        var expected = JsonSerializer.Deserialize<string[]>(result.StandardOutput)!;
        var cache = new StemCache();
        var mismatches = words.Select((w, i) => (w, expected: expected[i], actual: cache.Stem(w)))
            .Where(x => x.expected != x.actual).Take(10).ToList();
        mismatches.Should().BeEmpty();
    }

    private static IEnumerable<string> GeneratedWords(int count)
    {
        string[] stems = ["y", "ab", "cr", "st", "tr", "fe", "ho", "gen", "sens", "valid", "con", "rel", "happ", "eed", "yell", "ll", "ss", "bl", "iz"];
        string[] suffixes = ["", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion", "e", "ll", "ing", "at", "bl"];
        string[] middles = ["", "a", "e", "i", "o", "u", "y", "t", "l", "ar", "ow", "ex", "in", "oi"];
        var n = 0;
        foreach (var s in stems)
        {
            foreach (var m in middles)
            {
                foreach (var x in suffixes)
                {
                    if (n++ >= count)
                    {
                        yield break;
                    }

                    yield return s + m + x;
                }
            }
        }
    }
}
