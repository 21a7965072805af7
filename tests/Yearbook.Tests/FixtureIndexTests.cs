using System.Text;
using Yearbook.Diagnostics;
using Yearbook.Model;

namespace Yearbook.Tests;

/// <summary>Behaviour of the indexes on the fixture site, which holds the awkward cases on purpose.</summary>
public sealed class FixtureIndexTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void BuildSucceedsWithOnlyTheExpectedWarnings()
    {
        Assert.True(Site.Result.Published);
        Assert.Equal(0, Site.Result.ErrorCount);
        Assert.Equal(["YB0401", "YB0402", "YB0404", "YB0406"], Site.Result.Diagnostics.Select(d => d.Code).Distinct().Order());
    }

    [Fact]
    public void SameHonorInTheSameYearWithAnotherLevelIsReportedAtTheSecondRecordNamingTheFirst()
    {
        var conflict = Assert.Single(Site.Result.Diagnostics, d => d.Code == DiagnosticCodes.HonorConflict);
        Assert.Equal("2024/places/02-anquan.md", conflict.Location.Path);
        Assert.True(conflict.Location.Line > 0);
        Assert.Contains("2024/people/01-shan-family.md(", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, conflict.Severity);
    }

    [Fact]
    public void UnitsThatCannotBeConvertedAreReportedAndKeptApart()
    {
        // 企业数量 is given in 家 (twice, once in a Traditional chapter) and in 个.
        var warning = Assert.Single(Site.Result.Diagnostics, d => d.Code == DiagnosticCodes.SeriesUnits);
        Assert.Equal("2024/places/02-anquan.md", warning.Location.Path);
        Assert.Contains("个", warning.Message, StringComparison.Ordinal);

        // One page per unit, coded by the indicator's and the unit's pinyin initials, each saying the other exists.
        var family = Site.Page("/zh-hans/statistics/qysl-j/");
        Assert.Equal("企业数量（家）", family.QuerySelector("h1")!.TextContent);
        Assert.Equal("企业数量（个）", Site.Page("/zh-hans/statistics/qysl-g/").QuerySelector("h1")!.TextContent);
        Assert.Equal(["2022", "2023"], family.QuerySelectorAll(".series tbody th").Select(t => t.TextContent));
        Assert.Contains("无法精确换算", family.QuerySelector(".units-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SeriesInRelatedUnitsIsConvertedExactlyAndOrderedByPeriod()
    {
        var page = Site.Page("/zh-hans/statistics/dqsczz/");
        var gdp = page.GetElementById("series-dqsczz")!;
        var rows = gdp.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        // 140.50 (Traditional chapter, 億元) keeps its precision; 1380000 万元 becomes 138.0000 亿元;
        // the first three quarters of 2020 come before the whole of 2022 and 2023.
        Assert.Equal(["2020-Q1-Q3", "138.0000", "亿元", "-3"], rows[0].Take(4));
        Assert.Contains("1380000万元", rows[0][4], StringComparison.Ordinal);
        Assert.Equal(["2022", "140.50", "亿元"], rows[1].Take(3));
        Assert.Equal(["2023", "152", "亿元", "+6.5%"], rows[2].Take(4));
        Assert.NotNull(gdp.QuerySelector("svg[role=img] title"));
        // The page says how the units were reconciled: written in 万元 and 亿元, shown in 亿元.
        var units = page.QuerySelector(".units-note")!.TextContent;
        Assert.Contains("万元", units, StringComparison.Ordinal);
        Assert.Contains("统一换算为亿元", units, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartTextFromContributorsIsEscaped()
    {
        var html = File.ReadAllText(Path.Combine(Site.Output, "zh-hans", "statistics", "b-jcq-b-mj", "index.html"));
        Assert.DoesNotContain("<b>建成区</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;建成区&lt;/b&gt;面积", html, StringComparison.Ordinal);
        var svg = Site.Page("/zh-hans/statistics/b-jcq-b-mj/").QuerySelectorAll("svg").Single(s => s.QuerySelector("title")!.TextContent.StartsWith("<b>", StringComparison.Ordinal));
        Assert.Empty(svg.QuerySelectorAll("b"));
        Assert.Contains("2025-01-28/2025-02-04：5.59平方公里", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SubjectIndexIsInPinyinOrderWithSortKeysDecidingPolyphones()
    {
        var pages = Site.SplitPages("/zh-hans/subjects/");
        var headings = pages.SelectMany(p => p.QuerySelectorAll(".subject-entry dt")).Select(d => d.FirstChild!.TextContent.Trim()).ToList();
        int At(string heading) => headings.IndexOf(heading);

        // 安全 < 北京 < 长江 (cháng) < 重庆 (chóng) < 区氏家族 (ōu) < 单姓源流 (shàn) < 召陵 (zhào).
        string[] expected = ["安全", "北京", "长江", "重庆", "区氏家族", "单姓源流", "召陵"];
        Assert.All(expected, h => Assert.True(At(h) >= 0, h));
        Assert.Equal(expected, expected.OrderBy(At));

        // The letter of the page that lists the heading, as its letter navigator marks it.
        string LetterOf(string heading) => pages
            .Single(p => p.QuerySelectorAll(".subject-entry dt").Any(d => d.FirstChild!.TextContent.Trim() == heading))
            .QuerySelector(".letter-nav a[aria-current=page]")!.TextContent;
        Assert.Equal("C", LetterOf("长江"));
        Assert.Equal("C", LetterOf("重庆"));
        Assert.Equal("O", LetterOf("区氏家族"));
        Assert.Equal("S", LetterOf("单姓源流"));
        Assert.Equal("Z", LetterOf("召陵"));
    }

    [Fact]
    public void TraditionalEditionHasTheSameEntriesInTheSameOrderUnderTheSameAnchors()
    {
        string[] Anchors(string edition) => Site.InSplitPages($"/{edition}/subjects/", ".subject-entry").Select(e => e.Id!).ToArray();
        Assert.Equal(Anchors("zh-hans"), Anchors("zh-hant"));

        // A tag written in Traditional (長江經濟帶) and one written in Simplified meet in one entry set.
        Assert.Contains("tag-长江经济带", Anchors("zh-hant"));
    }

    [Fact]
    public void ChapterTagLinksLandOnTheirEntryInBothEditions()
    {
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            var chapter = Site.Page($"/{edition}/2023/economy/economy/");
            var links = chapter.QuerySelectorAll(".tag-list a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            // Each on the letter's page that holds the entry.
            Assert.All(links, href => Assert.NotNull(Site.Page(href).GetElementById(Uri.UnescapeDataString(href.Split('#')[1]))));
            Assert.Contains(links, l => Uri.UnescapeDataString(l).EndsWith("#tag-重庆", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void HonorsCsvIsUtf8WithBomQuotedAndNeutralised()
    {
        var bytes = Site.Bytes("zh-hans/honors/honors.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(",\"前街村, \"\"老街\"\"\",", text, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", text, StringComparison.Ordinal);

        // And it reads back as the page's rows, with the neutralised title the only difference.
        var rows = CsvReader.Parse(text)[1..];
        var items = Site.HonorsInDownloadOrder("/zh-hans/honors/");
        Assert.Equal(items.Select(li => li.QuerySelector(".honor-title")!.TextContent), rows.Select(r => r[2].TrimStart('\'')));
        Assert.Contains(rows, r => r[3] == "前街村, \"老街\"");
    }

    [Fact]
    public void StatisticsCsvKeepsSignedChangesAsNumbers()
    {
        var text = Encoding.UTF8.GetString(Site.Bytes("zh-hans/statistics/statistics.csv")[3..]);
        Assert.Contains(",+6.5%,", text, StringComparison.Ordinal);
        Assert.Contains(",-3,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'+6.5%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonEscapesMarkup()
    {
        var json = Encoding.UTF8.GetString(Site.Bytes("zh-hans/statistics/statistics.json"));
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cb\\u003E", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Contains(document.RootElement.GetProperty("statistics").EnumerateArray(), r => r.GetProperty("indicator").GetString() == "<b>建成区</b>面积");
    }
}
