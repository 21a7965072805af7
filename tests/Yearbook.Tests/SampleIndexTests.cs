using System.Text;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Model;

namespace Yearbook.Tests;

/// <summary>Behaviour of the indexes on the sample yearbook in content/.</summary>
public sealed class SampleIndexTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private BuiltSite Site => sample.Site;

    private static readonly string[] Editions = ["zh-hans", "zh-hant"];

    [Fact]
    public void BothEditionsHaveTheThreeIndexPagesLinkedFromEveryPage()
    {
        Assert.True(Site.Result.Published);
        foreach (var edition in Editions)
        {
            foreach (var page in new[] { "honors", "statistics", "subjects" })
            {
                var document = Site.Page($"/{edition}/{page}/");
                Assert.NotNull(document.QuerySelector("main h1"));
            }

            var chapter = Site.Page($"/{edition}/2025/culture-tourism/culture-tourism/");
            foreach (var page in new[] { "honors", "statistics", "subjects" })
            {
                Assert.NotNull(chapter.QuerySelector($"nav a[href='/{edition}/{page}/']"));
            }
        }
    }

    [Fact]
    public void EveryHonorAppearsOnceAndLinksToItsRowOnTheChapterPage()
    {
        var site = new SiteLoader(new DiagnosticBag()).Load(BuiltSite.SampleFolder)!;
        var honors = site.Chapters.SelectMany(c => c.FrontMatter.Honors.Select((h, i) => (Chapter: c, Honor: h, Anchor: $"honor-{i + 1}"))).ToList();
        Assert.NotEmpty(honors);

        foreach (var edition in Editions)
        {
            var page = Site.Page($"/{edition}/honors/");
            var links = Site.InSplitPages($"/{edition}/honors/", ".honor-source a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(honors.Count, links.Count);
            Assert.Equal(links.Count, links.Distinct().Count());
            Assert.Equal(honors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".filters-total strong")!.TextContent);

            foreach (var (chapter, honor, anchor) in honors)
            {
                var url = $"/{edition}/{chapter.RelativeUrl}#{anchor}";
                Assert.Contains(url, links);
                var row = Site.Page(url).GetElementById(anchor);
                Assert.NotNull(row);
                if (edition == "zh-hans" && chapter.FrontMatter.Script == Script.Hans)
                {
                    Assert.Contains(honor.Title, row!.TextContent, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void HonorsAreOnePagePerYearNewestFirstEachByLevel()
    {
        // The landing page links the years newest first, the undated last; its table counts each year's honors by level.
        var page = Site.Page("/zh-hans/honors/");
        var years = page.QuerySelectorAll(".honors-counts tbody th a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(years.Select(y => y.Split('/')[^2]), years.Select(y => y.Split('/')[^2]).OrderBy(y => y == "undated").ThenByDescending(y => y, StringComparer.Ordinal));
        Assert.Contains("/zh-hans/honors/undated/", years);
        foreach (var year in years)
        {
            var levels = Site.Page(year).QuerySelectorAll(".honor-group").Select(g => g.Id).ToList();
            Assert.Equal(levels.OrderBy(l => Array.IndexOf(["level-national", "level-provincial", "level-municipal", "level-district", "level-unknown"], l)), levels);
            var row = page.QuerySelectorAll(".honors-counts tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == year);
            Assert.Equal(Site.Page(year).QuerySelectorAll(".honor-list > li").Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Children[^1].TextContent);
        }
    }

    [Fact]
    public void SeriesWithTwoPeriodsIsChartedAsAnAccessibleImage()
    {
        foreach (var edition in Editions)
        {
            var page = Site.Page($"/{edition}/statistics/jcqmj/");
            // Only comparable figures form a series: a target (新增城镇就业目标) or a holiday week is its own indicator.
            var employment = page.GetElementById("series-jcqmj")!;
            Assert.Equal(["2012", "2016"], employment.QuerySelectorAll("tbody th").Select(t => t.TextContent));
            var svg = employment.QuerySelector("svg[role=img]")!;
            Assert.NotNull(svg);
            Assert.Contains("28.6", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("37.4", svg.TextContent, StringComparison.Ordinal);
            foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
            {
                Assert.NotNull(svg.QuerySelector($"[id='{id}']"));
            }

            var links = employment.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.All(links, href => Assert.NotNull(Site.Page(href).GetElementById(href.Split('#')[1])));
        }

        // Traditional labels in the Traditional chart.
        Assert.Contains("單位", Site.Page("/zh-hant/statistics/jcqmj/").GetElementById("series-jcqmj")!.QuerySelector("svg")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesKeepTheirStatedPrecision()
    {
        var values = StatisticsWalk.IndicatorPages(Site, "zh-hans").SelectMany(p => p.Page.QuerySelectorAll(".series tbody td.num")).Select(t => t.TextContent).ToHashSet();
        Assert.Contains("152", values);
        Assert.Contains("5.59", values);
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void CsvFilesHoldTheSameRowsAsThePages(string edition)
    {
        List<string[]> Rows(string file)
        {
            var bytes = Site.Bytes($"{edition}/{file}");
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var records = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
            Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
            return records[1..];
        }

        var honorRows = Rows("honors/honors.csv");
        var honorItems = Site.HonorsInDownloadOrder($"/{edition}/honors/");
        Assert.Equal(honorItems.Count, honorRows.Count);
        Assert.Equal(honorItems.Select(li => li.QuerySelector(".honor-title")!.TextContent), honorRows.Select(r => r[2]));
        Assert.Equal(honorItems.Select(li => li.QuerySelector(".honor-source a")!.GetAttribute("href")), honorRows.Select(r => r[^1]));

        using (var json = System.Text.Json.JsonDocument.Parse(Site.Bytes($"{edition}/honors/honors.json")))
        {
            var items = json.RootElement.GetProperty("honors").EnumerateArray().ToList();
            Assert.Equal(honorRows.Select(r => r[2]), items.Select(i => i.GetProperty("title").GetString()));
            Assert.Equal(honorRows.Select(r => r[^1]), items.Select(i => i.GetProperty("url").GetString()));
        }

        var statRows = Rows("statistics/statistics.csv");
        // Every row of the CSV is on an indicator page, and every point of those pages is in the CSV.
        var statItems = StatisticsWalk.IndicatorPages(Site, edition).SelectMany(p => p.Page.QuerySelectorAll(".series tbody tr")).ToList();
        Assert.Equal(statItems.Count, statRows.Count);
        Assert.Equal(statItems.Select(tr => tr.QuerySelector("th")!.TextContent + "|" + tr.QuerySelector("td.num")!.TextContent + "|" + tr.QuerySelector("a")!.GetAttribute("href")).Order(StringComparer.Ordinal),
            statRows.Select(r => r[1] + "|" + r[2] + "|" + r[7]).Order(StringComparer.Ordinal));
        using (var json = System.Text.Json.JsonDocument.Parse(Site.Bytes($"{edition}/statistics/statistics.json")))
        {
            Assert.Equal(statRows.Select(r => r[1] + "|" + r[2]),
                json.RootElement.GetProperty("statistics").EnumerateArray().Select(i => i.GetProperty("period").GetString() + "|" + i.GetProperty("value").GetString()));
        }
    }

    [Fact]
    public void SubjectEntriesAreTheSameInBothEditions()
    {
        string[] Anchors(string edition) => Site.InSplitPages($"/{edition}/subjects/", ".subject-entry").Select(e => e.Id!).ToArray();
        Assert.Equal(Anchors("zh-hans"), Anchors("zh-hant"));
        // 医疗器械 is a tag of a Simplified chapter and, as 醫療器械, of a Traditional one: one entry.
        var entry = Site.InSplitPages("/zh-hans/subjects/", "#tag-医疗器械").Single();
        Assert.True(entry.QuerySelectorAll("dd").Length >= 2);
    }
}
