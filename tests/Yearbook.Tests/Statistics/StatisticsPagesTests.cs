using System.Text;

namespace Yearbook.Tests.Statistics;

/// <summary>
/// The statistics index split into pages, on the sample yearbook: a landing page that only counts, a page
/// per category, and a page per indicator with its chart, reached by following links.
/// </summary>
public sealed class StatisticsPagesTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private BuiltSite Site => sample.Site;

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Every_indicator_with_two_or_more_periods_has_a_page_with_a_chart(string edition)
    {
        // From the download: the indicators (column 0) with two or more periods (column 1) that hold a number (column 2).
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(Site.Bytes($"{edition}/statistics/statistics.csv")[3..]))[1..];
        var charted = rows.Where(r => decimal.TryParse(r[2], out _)).GroupBy(r => r[0]).Where(g => g.Select(r => r[1]).Distinct().Count() >= 2).Select(g => g.Key).ToList();
        Assert.NotEmpty(charted);

        var pages = StatisticsWalk.IndicatorPages(Site, edition);
        foreach (var indicator in charted)
        {
            var page = pages.Select(p => p.Page).Where(p => p.QuerySelector("h1")!.TextContent.StartsWith(indicator, StringComparison.Ordinal)).ToList();
            Assert.Contains(page, p => p.QuerySelector("svg.series-chart[role=img]") is not null);
        }

        // And the landing page counts them.
        var landing = Site.Page($"/{edition}/statistics/");
        Assert.Contains($"{charted.Count}", landing.QuerySelector(".filters-total")!.TextContent.Split('·')[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_landing_page_counts_what_the_category_pages_list()
    {
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            var landing = Site.Page($"/{edition}/statistics/");
            var byCategory = landing.QuerySelectorAll("#by-category-title + .table-scroll tbody tr")
                .Select(tr => (Url: tr.QuerySelector("a")!.GetAttribute("href")!, Count: int.Parse(tr.QuerySelectorAll("td")[0].TextContent))).ToList();
            Assert.NotEmpty(byCategory);
            foreach (var (url, count) in byCategory)
            {
                Assert.Equal(count, Site.Page(url).QuerySelectorAll("main tbody tr").Length);
            }

            var rows = CsvReader.Parse(Encoding.UTF8.GetString(Site.Bytes($"{edition}/statistics/statistics.csv")[3..]))[1..];
            var byVolume = landing.QuerySelectorAll("#by-volume-title + .table-scroll tbody td:last-child").Sum(td => int.Parse(td.TextContent));
            Assert.Equal(rows.Count, byVolume);
            Assert.Equal(StatisticsWalk.IndicatorPages(Site, edition).Count, byCategory.Sum(c => c.Count));
        }
    }

    [Fact]
    public void Indicator_pages_have_the_same_ascii_address_in_both_editions_and_link_their_chapters()
    {
        var hans = StatisticsWalk.IndicatorPages(Site, "zh-hans").Select(p => p.Url["/zh-hans".Length..]).ToList();
        var hant = StatisticsWalk.IndicatorPages(Site, "zh-hant").Select(p => p.Url["/zh-hant".Length..]).ToList();
        Assert.Equal(hans.Order(StringComparer.Ordinal), hant.Order(StringComparer.Ordinal));
        Assert.All(hans, url => Assert.Matches("^/statistics/[a-z0-9]+(-[a-z0-9]+)*/$", url));

        foreach (var (url, page) in StatisticsWalk.IndicatorPages(Site, "zh-hant"))
        {
            // The edition switch leads to the same indicator; every point links the statistic on its chapter page.
            Assert.EndsWith(url.Replace("/zh-hant/", "/zh-hans/", StringComparison.Ordinal), page.QuerySelector("link[rel=alternate][hreflang=zh-Hans]")!.GetAttribute("href"), StringComparison.Ordinal);
            foreach (var link in page.QuerySelectorAll(".series tbody a").Select(a => a.GetAttribute("href")!))
            {
                Assert.NotNull(Site.Page(link).GetElementById(link.Split('#')[1]));
            }

            var table = page.QuerySelector(".series table")!;
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
            Assert.NotEmpty(page.QuerySelector(".units-note p")!.TextContent.Trim());
        }
    }

    [Fact]
    public void Each_download_row_names_the_code_of_the_indicator_page_that_lists_it()
    {
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(Site.Bytes("zh-hant/statistics/statistics.csv")[3..]));
        Assert.Equal("指標代碼", rows[0][8]);
        foreach (var row in rows[1..])
        {
            var page = Site.Page($"/zh-hant/statistics/{row[8]}/");
            Assert.Contains(page.QuerySelectorAll(".series tbody a"), a => a.GetAttribute("href") == row[7]);
        }
    }
}
