using SiteGen.Checks;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Checks;

public sealed class InternalLinkTests
{
    [Fact]
    public void Relative_dot_and_parent_links_resolve_and_a_missing_file_is_SG3001()
    {
        var lines = CheckSite.Lines("""
            -- a/one.html --
            <a href="two.html">ok</a>
            <a href="./two.html">ok</a>
            <a href="../b/three.html">ok</a>
            <a href="missing.html">bad</a>
            -- a/two.html --
            <p>two</p>
            -- b/three.html --
            <p>three</p>
            """);

        lines.Should().Equal("a/one.html:4:1 SG3001 missing.html");
    }

    [Fact]
    public void Root_relative_links_resolve_against_the_site_root()
    {
        var lines = CheckSite.Lines("""
            -- deep/dir/page.html --
            <a href="/about.html">ok</a> <a href="/nope.html">bad</a>
            -- about.html --
            x
            """);

        lines.Should().Equal("deep/dir/page.html:1:30 SG3001 /nope.html");
    }

    [Fact]
    public void Directories_resolve_to_their_index_with_or_without_slash_and_a_directory_without_index_is_SG3001()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="docs/">ok</a>
            <a href="docs">ok, servers redirect</a>
            <a href="docs/index.html">ok, explicit index</a>
            <a href="docs/?x=1#h">ok, query and hash</a>
            <a href="empty/">bad, no index</a>
            <a href="htm/">ok, index.htm</a>
            <a href="folder.html/">ok, directory named like a file</a>
            <a href="">empty</a>
            -- docs/index.html --
            <h2 id="h">H</h2>
            -- empty/data.csv --
            a,b
            -- htm/index.htm --
            x
            -- folder.html/index.html --
            x
            """);

        lines.Should().Equal(
            "index.html:5:1 SG3001 empty/",
            "index.html:8:1 SG3004 ");
    }

    [Fact]
    public void Directory_without_trailing_slash_is_SG3008_only_when_required()
    {
        const string site = """
            -- index.html --
            <a href="docs">x</a>
            -- docs/index.html --
            x
            """;

        CheckSite.Lines(site).Should().BeEmpty();
        CheckSite.Lines(site, new LinkCheckOptions { RequireDirectorySlash = true }).Should().Equal("index.html:1:1 SG3008 docs");
    }

    [Fact]
    public void Trailing_slash_on_a_file_is_SG3001_and_same_named_file_and_directory_both_resolve()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="a/foo.html/">bad</a>
            <a href="same_name.html">file</a>
            <a href="same_name/">dir</a>
            -- a/foo.html --
            x
            -- same_name.html --
            x
            -- same_name/index.html --
            x
            """);

        lines.Should().Equal("index.html:1:1 SG3001 a/foo.html/");
    }

    [Fact]
    public void Clean_urls_resolve_to_html_files_and_dotted_names_need_their_extension()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="about">ok</a>
            <a href="version-1.0.0">bad</a>
            <a href="version-1.0.0.html">ok</a>
            -- about.html --
            x
            -- version-1.0.0.html --
            x
            """);

        lines.Should().Equal("index.html:2:1 SG3001 version-1.0.0");
    }

    [Fact]
    public void Percent_encoded_and_unicode_paths_resolve_against_the_real_names()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="with%20space/index.html">ok</a>
            <a href="with space/">ok raw</a>
            <a href="erstiebegr%C3%BC%C3%9Fung.html">ok encoded</a>
            <a href="erstiebegrüßung.html">ok raw</a>
            <a href="c%23.csv">ok encoded hash</a>
            <a href="a%2Bb.html">ok plus</a>
            <a href="Мошкова.bin">ok cyrillic</a>
            <a href="@scope/">ok scope</a>
            <a href="Erstiebegrüßung.html">bad case</a>
            -- with space/index.html --
            x
            -- erstiebegrüßung.html --
            x
            -- c#.csv --
            x
            -- a+b.html --
            x
            -- Мошкова.bin --
            x
            -- @scope/index.html --
            x
            """);

        lines.Should().Equal("index.html:9:1 SG3001 Erstiebegrüßung.html");
    }

    [Fact]
    public void Paths_match_case_sensitively()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <img src="Images/Logo.PNG" alt="">
            <img src="images/logo.png" alt="">
            -- images/logo.png --
            x
            """);

        lines.Should().Equal("index.html:1:1 SG3001 Images/Logo.PNG");
    }

    [Fact]
    public void Query_strings_are_dropped_when_resolving_files_and_kept_with_fragments()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="p.html?x=1">ok</a>
            <a href="p.html?x=1#h">ok</a>
            <a href="p.html?x=1#nope">bad</a>
            <a href="q.html?x=1">bad</a>
            -- p.html --
            <h1 id="h">H</h1>
            """);

        lines.Should().Equal("index.html:3:1 SG3002 p.html?x=1#nope", "index.html:4:1 SG3001 q.html?x=1");
    }

    [Fact]
    public void Base_href_changes_resolution_including_same_page_fragments()
    {
        var lines = CheckSite.Lines("""
            -- sub/page.html --
            <base href="/">
            <a href="sub/other.html">ok through base</a>
            <a href="other.html">bad: resolves to /other.html</a>
            <a href="#x">bad: base / turns #x into /#x</a>
            <a href="#root">ok, id on the root index</a>
            <h2 id="x">x</h2>
            -- sub/other.html --
            x
            -- index.html --
            <h1 id="root">root</h1>
            """);

        lines.Should().Equal("sub/page.html:3:1 SG3001 other.html", "sub/page.html:4:1 SG3002 #x");
    }

    [Fact]
    public void Relative_blank_invalid_and_missing_base_hrefs_are_handled()
    {
        var lines = CheckSite.Lines("""
            -- a.html --
            <base href="sub/"><a href="p.html">ok via relative base</a>
            -- b.html --
            <base href="  "><a href="sub/p.html">ok, blank base ignored</a>
            -- c.html --
            <base target="_blank"><a href="sub/p.html">ok, base without href</a>
            -- d.html --
            <base href="http://[bad"><a href="sub/p.html">ok, invalid base ignored</a>
            -- sub/p.html --
            x
            """);

        lines.Should().BeEmpty();
    }

    [Fact]
    public void Protocol_relative_links_are_external_unless_they_name_the_base_url()
    {
        var options = new LinkCheckOptions { BaseUrl = "https://kb.example.com/docs/" };
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="//cdn.example.net/x.js">external, not checked offline</a>
            <a href="//kb.example.com/docs/about.html">ok via base url</a>
            <a href="//kb.example.com/docs/gone.html">bad via base url</a>
            -- about.html --
            x
            """, options);

        lines.Should().Equal("index.html:3:1 SG3001 //kb.example.com/docs/gone.html");
    }

    [Fact]
    public void Base_url_links_map_back_to_local_files_and_fragments()
    {
        var options = new LinkCheckOptions { BaseUrl = "https://kb.example.com/docs" };
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="https://kb.example.com/docs/">ok root</a>
            <a href="https://kb.example.com/docs">ok root without slash</a>
            <a href="http://KB.example.com/docs/p.html#h">ok, scheme and host case ignored</a>
            <a href="https://kb.example.com/docs/p.html#nope">bad fragment</a>
            <a href="https://kb.example.com/docs/q.html">bad file</a>
            <a href="https://kb.example.com/other/q.html">outside the base path: external</a>
            -- p.html --
            <h1 id="h">x</h1>
            """, options);

        lines.Should().Equal(
            "index.html:4:1 SG3002 https://kb.example.com/docs/p.html#nope",
            "index.html:5:1 SG3001 https://kb.example.com/docs/q.html");
    }

    [Fact]
    public void Fragments_match_ids_and_a_names_on_other_pages_and_the_same_page()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <h2 id="local">L</h2>
            <a href="#local">ok same page</a>
            <a href="#nope">bad same page</a>
            <a href="p.html#by-id">ok id</a>
            <a href="p.html#by-name">ok a[name]</a>
            <a href="p.html#both-id">ok</a>
            <a href="p.html#both-name">ok: an element with id and name registers both</a>
            <a href="p.html#div-name">bad: name only counts on a</a>
            <a href="dir/#in-dir">ok dir/#id</a>
            <a href="dir#in-dir">ok dir#id</a>
            <a href="dir/#missing">bad</a>
            -- p.html --
            <section id="by-id"></section>
            <a name="by-name"></a>
            <a id="both-id" name="both-name"></a>
            <div name="div-name"></div>
            -- dir/index.html --
            <p id="in-dir">x</p>
            """);

        lines.Should().Equal(
            "index.html:3:1 SG3002 #nope",
            "index.html:8:1 SG3002 p.html#div-name",
            "index.html:11:1 SG3002 dir/#missing");
    }

    [Fact]
    public void Hash_alone_and_top_are_always_valid()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="#">ok</a> <a href="#top">ok</a> <a href="p.html#top">ok</a> <a href="#TOP">ok</a>
            -- p.html --
            x
            """);

        lines.Should().BeEmpty();
    }

    [Fact]
    public void Fragments_are_case_sensitive()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <h2 id="mainMenu">M</h2>
            <a href="#MainMenu">bad</a>
            <a href="#mainMenu">ok</a>
            """);

        lines.Should().Equal("index.html:2:1 SG3002 #MainMenu");
    }

    [Fact]
    public void Percent_encoded_fragments_match_raw_ids_and_ids_containing_percent_match_raw_fragments()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <h2 id="mølmer-sørensen">x</h2>
            <h2 id="Upper-Ä">x</h2>
            <h2 id="tangent%3A-kustomize">x</h2>
            <h2 id="let's-go">x</h2>
            <h2 id="myid:">x</h2>
            <h2 id="a|b (c) — d">x</h2>
            <a href="#m%C3%B8lmer-s%C3%B8rensen">ok encoded</a>
            <a href="#mølmer-sørensen">ok raw</a>
            <a href="#Upper-%C3%84">ok</a>
            <a href="#tangent%3A-kustomize">ok, id has a literal %</a>
            <a href="#let's-go">ok quote</a>
            <a href="#myid:">ok colon</a>
            <a href="#a%7Cb%20(c)%20%E2%80%94%20d">ok pipe, parens, em dash</a>
            <a href="#some\:id">bad: CSS escape is not an id</a>
            """);

        lines.Should().Equal("index.html:14:1 SG3002 #some\\:id");
    }

    [Fact]
    public void Fragment_into_a_non_html_file_is_not_checked()
    {
        CheckSite.Lines("""
            -- index.html --
            <a href="doc.pdf#page=3">ok</a>
            -- doc.pdf --
            %PDF
            """).Should().BeEmpty();
    }

    [Fact]
    public void Duplicate_ids_are_SG3003_at_each_repeat_and_empty_ids_are_ignored()
    {
        var result = CheckSite.Run("""
            -- index.html --
            <h2 id="a">1</h2>
            <p id="">x</p>
            <p id="">y</p>
              <h2 id="a">2</h2>
            <a name="a"></a>
            <h2 id="a">3</h2>
            """);

        result.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Code} {f.Severity}").Should().Equal(
            "index.html:4:3 SG3003 Warning",
            "index.html:6:1 SG3003 Warning");
    }

    [Fact]
    public void Empty_href_and_src_are_SG3004_and_a_without_href_is_fine()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a>placeholder</a>
            <a href="">empty</a>
            <a href="   ">blank</a>
            <link rel="stylesheet" href="">
            <script src=""></script>
            <img alt="no src">
            """);

        lines.Should().Equal(
            "index.html:2:1 SG3004 ",
            "index.html:3:1 SG3004    ",
            "index.html:4:1 SG3004 ",
            "index.html:5:1 SG3004 ",
            "index.html:6:1 SG3004 ");
    }

    [Fact]
    public void Img_without_alt_is_SG3005_but_empty_alt_and_aria_hidden_are_fine()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <img src="a.png">
            <img src="a.png" alt="">
            <img src="a.png" alt="Logo">
            <img src="a.png" aria-hidden="true">
            <img src="a.png" role="presentation">
            <img srcset="a.png 2x">
            -- a.png --
            x
            """);

        lines.Should().Equal("index.html:1:1 SG3005 a.png", "index.html:6:1 SG3005 a.png 2x");
    }

    [Fact]
    public void Srcset_candidates_are_each_checked_including_picture_sources_and_data_uris()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <picture>
              <source srcset="img/a.webp 1x, img/missing.webp 2x" type="image/webp">
              <img src="img/a.png"
                   srcset="img/a.png 300w,
                           img/gone.png 600w,
                           data:image/png;base64,iVBORw0KGgo= 900w"
                   alt="">
            </picture>
            -- img/a.webp --
            x
            -- img/a.png --
            x
            """);

        lines.Should().Equal(
            "index.html:2:3 SG3001 img/missing.webp",
            "index.html:3:3 SG3001 img/gone.png");
    }

    [Fact]
    public void Script_link_source_iframe_area_video_and_audio_are_checked_and_resource_hints_are_not()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <link rel="stylesheet" href="css/missing.css">
            <link rel="preconnect" href="https://fonts.example.com">
            <link rel="dns-prefetch" href="/not-a-file">
            <script src="js/missing.js"></script>
            <video src="v.mp4" poster="poster.png"><source src="v.webm"><track src="t.vtt"></video>
            <audio src="a.mp3"></audio>
            <iframe src="frame.html"></iframe>
            <map name="m"><area href="area.html" alt="x"></map>
            <embed src="e.swf">
            """);

        lines.Should().Equal(
            "index.html:1:1 SG3001 css/missing.css",
            "index.html:4:1 SG3001 js/missing.js",
            "index.html:5:1 SG3001 poster.png",
            "index.html:5:1 SG3001 v.mp4",
            "index.html:5:40 SG3001 v.webm",
            "index.html:5:61 SG3001 t.vtt",
            "index.html:6:1 SG3001 a.mp3",
            "index.html:7:1 SG3001 frame.html",
            "index.html:8:15 SG3001 area.html",
            "index.html:9:1 SG3001 e.swf");
    }

    [Fact]
    public void Mailto_and_tel_syntax_is_checked()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="mailto:octo@example.com">ok</a>
            <a href="mailto:a@example.com,b@example.org?subject=Hi%20there">ok</a>
            <a href="mailto:?to=a@example.com">ok</a>
            <a href="mailto:">bad blank</a>
            <a href="mailto:octocat">bad</a>
            <a href="mailto:a%ZZ@example.com">bad escape</a>
            <a href="mailto:a..b@example.com">bad</a>
            <a href="mailto:a@example.com.">bad</a>
            <a href="tel:+1 (555) 010-9999">ok</a>
            <a href="tel:+1-555-0100;ext=12">ok</a>
            <a href="tel:">bad blank</a>
            <a href="tel:call-me">bad</a>
            """);

        lines.Should().Equal(
            "index.html:4:1 SG3006 mailto:",
            "index.html:5:1 SG3006 mailto:octocat",
            "index.html:6:1 SG3006 mailto:a%ZZ@example.com",
            "index.html:7:1 SG3006 mailto:a..b@example.com",
            "index.html:8:1 SG3006 mailto:a@example.com.",
            "index.html:11:1 SG3006 tel:",
            "index.html:12:1 SG3006 tel:call-me");
    }

    [Fact]
    public void Localhost_and_file_links_are_SG3007_and_other_schemes_are_skipped()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="http://localhost:8080/x">bad</a>
            <a href="https://127.0.0.1/x">bad</a>
            <a href="http://[::1]/">bad</a>
            <a href="file:///C:/site/index.html">bad</a>
            <a href="javascript:void(0)">skip</a>
            <a href="ftp://example.com/f">skip</a>
            <a href="irc://irc.example.com/c">skip</a>
            <img src="data:image/png;base64,AAAA" alt="">
            """);

        lines.Should().Equal(
            "index.html:1:1 SG3007 http://localhost:8080/x",
            "index.html:2:1 SG3007 https://127.0.0.1/x",
            "index.html:3:1 SG3007 http://[::1]/",
            "index.html:4:1 SG3007 file:///C:/site/index.html");
    }

    [Fact]
    public void Ignore_attribute_skips_the_element_and_everything_inside_it()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="gone1.html" data-sg-ignore>skip</a>
            <div data-sg-ignore><div><a href="gone2.html">skip nested</a></div><img src="gone3.png"></div>
            <a href="gone4.html">bad, after the ignored div</a>
            """);

        lines.Should().Equal("index.html:3:1 SG3001 gone4.html");
    }

    [Fact]
    public void Ignore_patterns_match_globs_and_regexes_against_the_target_and_resolved_url()
    {
        var options = new LinkCheckOptions { Ignore = ["drafts/*", "/^legacy-\\d+\\.html$/", "http://localhost*"] };
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="drafts/x.html">skip</a>
            <a href="legacy-12.html">skip</a>
            <a href="legacy-x.html">bad</a>
            <a href="http://localhost:3000/">skip</a>
            """, options);

        lines.Should().Equal("index.html:3:1 SG3001 legacy-x.html");
    }

    [Fact]
    public void Whitespace_and_newlines_around_and_inside_hrefs_are_stripped()
    {
        CheckSite.Lines("""
            -- index.html --
            <a href="  p.html  ">ok</a>
            <a href="
              p.html">ok</a>
            <a href="p.
            html">ok, newline removed</a>
            -- p.html --
            x
            """).Should().BeEmpty();
    }

    [Fact]
    public void Links_inside_comments_scripts_styles_and_textareas_are_not_links_but_pre_and_code_are_markup()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <!-- <a href="c.html"> -->
            <script>document.write('<a href="s.html">')</script>
            <style>a[href="st.html"] { }</style>
            <textarea><a href="t.html"></textarea>
            <pre><a href="pre.html">in pre</a></pre>
            <code>&lt;a href="escaped.html"&gt;</code>
            """);

        lines.Should().Equal("index.html:5:6 SG3001 pre.html");
    }

    [Fact]
    public void Entities_in_attribute_values_are_decoded()
    {
        var lines = CheckSite.Lines("""
            -- index.html --
            <a href="p.html?a=1&amp;b=2">ok</a>
            <a href="p&#46;html">ok</a>
            <a href="q&amp;r.html">bad, target as decoded</a>
            -- p.html --
            x
            """);

        lines.Should().Equal("index.html:3:1 SG3001 q&r.html");
    }

    [Fact]
    public void Source_attribute_maps_findings_to_the_markdown_line()
    {
        var result = CheckSite.Run("""
            -- guide/index.html --
            <p>
              <a href="missing.html" data-sg-src="content/guide/index.md:12:5">x</a>
              <img src="gone.png" alt="" data-sg-src="content/guide/index.md:14:1">
              <a href="missing2.html">no source</a>
            </p>
            """);

        result.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Code} {f.Target}").Should().Equal(
            "content/guide/index.md:12:5 SG3001 missing.html",
            "content/guide/index.md:14:1 SG3001 gone.png",
            "guide/index.html:4:3 SG3001 missing2.html");
    }

    [Fact]
    public void One_finding_per_broken_occurrence_and_summary_counts()
    {
        var result = CheckSite.Run("""
            -- index.html --
            <a href="gone.html">1</a><a href="gone.html">2</a>
            <img src="gone.html" alt="">
            -- p.html --
            <a href="gone.html">3</a><a href="index.html">ok</a>
            -- style.css --
            a{}
            """);

        result.Findings.Should().HaveCount(4);
        result.Files.Should().Be(2);
        result.Links.Should().Be(5);
        result.Errors.Should().Be(4);
        result.Warnings.Should().Be(0);
        result.Findings.Should().OnlyContain(f => f.Severity == Severity.Error && f.Code == CheckCodes.MissingFile);
    }
}
