using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// A site whose every contributor-written text (settings, front matter, honors, statistics, glossary,
/// volume preface, chapter body) and the theme's UI strings carry script: nowhere in the output does
/// it become markup. Pages are parsed as a browser would; feeds and sitemap as XML; downloads as JSON
/// and CSV. Each check can fail: the hostile text must also be found, as text, where it belongs.
/// </summary>
public sealed class ScriptInjectionTests : IDisposable
{
    /// <summary>Every payload in one string; each part would run script if it reached markup unescaped.</summary>
    private const string Payload = "<script>alert(1)</script>\"onload=\"alert(2)' javascript:alert(3) </svg><img src=x onerror=alert(4)>";
    private const string Formula = "=HYPERLINK(\"http://evil.example/\",\"点此\")";

    private readonly TempSite _site;
    private readonly BuildResult _result;

    public ScriptInjectionTests()
    {
        var quoted = Yaml(Payload);
        _site = new TempSite($"title: {Yaml("测试区" + Payload)}\ndistrict: {quoted}\ndescription: {quoted}\nbase_url: https://example.org/\nglossary: glossary.yml\n");
        _site.Write("glossary.yml", $"- {{hans: 恶意词, hant: {quoted}}}\n");
        _site.Write("2025/_volume.yml", $"title: {Yaml("年鉴" + Payload)}\nyear: 2025\npreface: {Yaml("序言<script>alert(5)</script>")}\n");
        _site.Write("2025/01-evil.md", $"""
            ---
            title: {Yaml("篇目" + Payload)}
            category: {quoted}
            source: {quoted}
            authors: [{quoted}]
            summary: {quoted}
            tags: [{quoted}, {Yaml(Formula)}]
            date: 2025-01-02
            honors:
              - title: {Yaml("荣誉" + Payload)}
                level: national
                year: 2024
                recipient: {Yaml(Formula)}
                awarded_by: {quoted}
            stats:
              - indicator: {Yaml("产值" + Payload)}
                value: "5"
                unit: {quoted}
                period: "2023"
                note: {Yaml(Formula)}
              - indicator: {Yaml("产值" + Payload)}
                value: "6"
                unit: {quoted}
                period: "2024"
                change: {Yaml("@SUM(A1)")}
            ---

            ## 小节{Payload.Replace("<", "\\<", StringComparison.Ordinal)}

            正文恶意词。<script>alert(6)</script> <img src=x onerror=alert(7)>

            [链接](javascript:alert(8)) <javascript:alert(9)> [图](<javascript:alert(10)>)

            | 甲 | 乙 |
            |---|---|
            | <b onmouseover=alert(11)>格</b> | {Payload.Replace("|", "\\|", StringComparison.Ordinal)} |
            """.Replace("\r", "", StringComparison.Ordinal));
        var ui = Path.Combine(_site.Root, "themes/default/ui.yml");
        File.WriteAllText(ui, File.ReadAllText(ui).Replace("skipToContent: 跳到正文", $"skipToContent: {Yaml("跳到正文" + Payload)}", StringComparison.Ordinal));
        _result = _site.Build();
    }

    public void Dispose() => _site.Dispose();

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Site_with_hostile_text_builds()
    {
        // The links with javascript: addresses are the only errors; they are reported and removed.
        Assert.True(_result.Published);
        Assert.All(_result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error), d => Assert.Equal(Diagnostics.DiagnosticCodes.UnsafePath, d.Code));
        Assert.True(3 == _result.Diagnostics.Count(d => d.Code == Diagnostics.DiagnosticCodes.UnsafePath), string.Join("\n", _result.Diagnostics));
    }

    [Fact]
    public void No_page_runs_contributor_script_and_the_text_is_shown_as_text()
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {element.LocalName} has {attribute.Name}");
                    Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{page}: {attribute.Name}={attribute.Value}");
                }
            }

            foreach (var script in document.QuerySelectorAll("script"))
            {
                Assert.DoesNotContain("alert(", script.TextContent);
                Assert.True(script.HasAttribute("src") || page.EndsWith(Path.DirectorySeparatorChar + "index.html", StringComparison.Ordinal) && Path.GetDirectoryName(page) == _site.Output,
                    $"{page}: an inline script that is not the theme's");
            }

            Assert.Empty(document.QuerySelectorAll("img[src='x']"));
        }

        var chapter = parser.ParseDocument(_site.ReadOutput("zh-hant/2025/evil/index.html"));
        Assert.Contains("篇目" + Payload, chapter.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(6)</script>", chapter.QuerySelector("main")!.TextContent);
        Assert.Contains("跳到正文" + Payload, chapter.Body!.TextContent);
        // The glossary's hostile Traditional text replaced 恶意词 as text.
        Assert.Contains("正文" + Payload, chapter.QuerySelector("main")!.TextContent);
        Assert.Contains(Payload, chapter.Head!.QuerySelector("title")!.TextContent);
        var volume = parser.ParseDocument(_site.ReadOutput("zh-hans/2025/index.html"));
        Assert.Contains("序言<script>alert(5)</script>", volume.Body!.TextContent);
    }

    [Fact]
    public void Chart_labels_stay_inside_their_svg()
    {
        // The indicator's page: its code is made of the letters and digits of the hostile name.
        var file = Directory.EnumerateFiles(Path.Combine(_site.Output, "zh-hans", "statistics"), "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("series-chart", StringComparison.Ordinal));
        var document = new HtmlParser().ParseDocument(File.ReadAllText(file));

        var chart = Assert.Single(document.QuerySelectorAll("svg"), s => s.ClassList.Contains("series-chart"));
        Assert.Contains("产值" + Payload, chart.QuerySelector("title")!.TextContent);
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent.Contains(Payload, StringComparison.Ordinal));
        Assert.Empty(chart.QuerySelectorAll("script, img, foreignObject"));
        // The chart still ends with its own line and points: the hostile </svg> closed nothing early.
        Assert.Equal(2, chart.QuerySelectorAll("circle").Length);
    }

    [Fact]
    public void Json_downloads_hold_the_text_escaped()
    {
        var files = Directory.EnumerateFiles(_site.Output, "*.json", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("honors.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains(Path.DirectorySeparatorChar + "search" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var found = false;
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            found |= Strings(json.RootElement).Any(s => s.Contains(Payload, StringComparison.Ordinal));
            if (file.EndsWith("honors.json", StringComparison.Ordinal) || file.EndsWith("statistics.json", StringComparison.Ordinal))
            {
                // These may be embedded in a page: no raw angle brackets at all.
                Assert.DoesNotContain("<", File.ReadAllText(file));
            }
        }

        Assert.True(found);
        // The search page shows results through textContent only.
        Assert.DoesNotContain("innerHTML", File.ReadAllText(Path.Combine(_site.Output, "assets/search.js")));
    }

    [Fact]
    public void Csv_downloads_neutralise_formulas()
    {
        var fields = new[] { "zh-hans/honors/honors.csv", "zh-hans/statistics/statistics.csv", "zh-hant/statistics/statistics.csv" }
            .SelectMany(f => CsvReader.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_site.Output, f))).TrimStart('\uFEFF')))
            .SelectMany(row => row)
            .ToList();

        Assert.Contains("'" + Formula, fields);
        Assert.Contains("'@SUM(A1)", fields);
        Assert.DoesNotContain(fields, f => f.Length > 0 && f[0] is '=' or '@' || f.StartsWith('+') && !Indexes.Downloads.CsvTable.IsPlainNumber(f) || f.StartsWith('-') && !Indexes.Downloads.CsvTable.IsPlainNumber(f));
        Assert.Contains(fields, f => f.Contains(Payload, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-hans/atom.xml")]
    [InlineData("zh-hant/atom.xml")]
    [InlineData("sitemap.xml")]
    public void Feeds_and_sitemap_are_well_formed_xml_with_the_text_as_text(string file)
    {
        var xml = XDocument.Parse(_site.ReadOutput(file));

        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img" or "svg");
        if (file.EndsWith("atom.xml", StringComparison.Ordinal))
        {
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "title" && e.Value.Contains(Payload, StringComparison.Ordinal));
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "summary" && e.Value == Payload);
        }
    }

    [Fact]
    public void Raw_html_in_markdown_is_text_unless_the_site_turns_it_on()
    {
        var html = _site.ReadOutput("zh-hans/2025/evil/index.html");
        Assert.Contains("&lt;script&gt;alert(6)&lt;/script&gt;", html);

        File.AppendAllText(Path.Combine(_site.Content, "yearbook.yml"), "raw_html: true\n");
        _site.Build();

        // The site trusts its contributors' HTML now: that is the documented meaning of raw_html.
        Assert.Contains("<script>alert(6)</script>", _site.ReadOutput("zh-hans/2025/evil/index.html"));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
