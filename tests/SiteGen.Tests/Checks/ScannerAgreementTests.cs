using AngleSharp.Html.Parser;
using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

/// <summary>The lean page scanner must see the same links, positions and anchors as AngleSharp's full parse.</summary>
public sealed class ScannerAgreementTests
{
    private const string KitchenSink = """
        <!DOCTYPE html>
        <HTML lang=en>
        <head>
          <meta charset="utf-8">
          <TITLE>A <a href="not-a-link.html"> title</TITLE>
          <link rel=stylesheet href=/css/site.css>
          <link rel="icon" href='favicon.ico'>
          <script>var s = '<a href="in-script.html">';</script>
          <script src="js/app.js" defer></script>
          <style>/* <a href="in-style.html"> */</style>
        </head>
        <body>
          <!-- <a href="in-comment.html"> -->
          <h1 id="top-heading" class="x">Hi</h1>
          <A HREF="p.html?a=1&amp;b=2#Frag" id=link-1>upper</A>
          <a
             href="multi-line.html"
             title="x > y">multi</a>
          <a name="named"></a><a id="both" name="both-name"></a>
          <p id="p&amp;1">entity id</p>
          <img src="a.png" srcset="a.png 1x, b.png 2x" alt="">
          <picture><source srcset="c.webp"><img src="c.png" alt=""></picture>
          <iframe src="frame.html"><a href="in-iframe.html"></a></iframe>
          <video src="v.mp4" poster="p.jpg"><track src="t.vtt"></video>
          <audio src="a.ogg"></audio><embed src="e.swf">
          <map name="m"><area href="area.html" alt=""></map>
          <textarea><a href="in-textarea.html"></textarea>
          <pre><code><a href="in-pre.html">x</a></code></pre>
          <div id="dup"></div><span id="dup"></span>
          <a href=unquoted.html>u</a><a href="">empty</a>
        </body>
        </HTML>
        """;

    [Fact]
    public void Scanner_links_and_positions_match_anglesharp()
    {
        var scan = HtmlPageScanner.Scan("page.html", KitchenSink);
        var expected = AngleSharpLinks(KitchenSink);

        scan.Links.Select(l => $"{l.Location.Line}:{l.Location.Column} {l.Element}[{l.Attribute}]={l.Value}")
            .Should().Equal(expected);
    }

    [Fact]
    public void Scanner_anchors_match_anglesharp()
    {
        var scan = HtmlPageScanner.Scan("page.html", KitchenSink);
        var document = new HtmlParser().ParseDocument(KitchenSink);
        var expected = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id))
            .Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);

        scan.Anchors.Should().BeEquivalentTo(expected);
    }

    private static List<string> AngleSharpLinks(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var result = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            var position = element.SourceReference!.Position;
            void Add(string attribute)
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    result.Add($"{position.Line}:{position.Column} {name}[{attribute}]={value}");
                }
            }

            switch (name)
            {
                case "a" or "area":
                    Add("href");
                    break;
                case "link":
                    Add("href");
                    break;
                case "img" or "source":
                    Add("src");
                    if (element.GetAttribute("srcset") is { } srcset)
                    {
                        result.AddRange(SrcsetParser.Urls(srcset).Select(u => $"{position.Line}:{position.Column} {name}[srcset]={u}"));
                    }

                    break;
                case "video":
                    Add("src");
                    Add("poster");
                    break;
                case "script" or "iframe" or "audio" or "track" or "embed":
                    Add("src");
                    break;
            }
        }

        return result;
    }
}
