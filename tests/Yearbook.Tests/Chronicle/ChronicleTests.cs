using Yearbook.Diagnostics;
using Yearbook.Tests.Citations;
using Yearbook.Tests.Snapshots;

namespace Yearbook.Tests.Chronicle;

/// <summary>
/// The chronicle (大事记): date anchors the same in both editions, the pages across volumes, and golden
/// files of a chronicle chapter and the chronicle index in both editions, from the chronicle fixture.
/// </summary>
public sealed class ChronicleTests(ChronicleFixture fixture) : IClassFixture<ChronicleFixture>
{
    [Fact]
    public void Fixture_builds_clean()
    {
        Assert.Empty(fixture.Site.Result.Diagnostics);
    }

    [Fact]
    public void Each_item_has_its_date_anchor_the_same_in_both_editions()
    {
        string[] Ids(string edition) => fixture.Site.Page($"/{edition}/2025/chronicle/events/").QuerySelectorAll(".prose li[id]").Select(li => li.Id!).ToArray();

        string[] expected = ["d2024-01-05", "d2024-01-05-2", "d2024-01-20", "d2024-03", "d2024-03-12", "d2025-02-04"];
        Assert.Equal(expected, Ids("zh-hans"));
        Assert.Equal(expected, Ids("zh-hant"));
    }

    [Fact]
    public void Chronicle_page_lists_every_volumes_items_by_year_and_month()
    {
        // The landing page lists the years and their months, each linking its place on the year's page.
        var landing = fixture.Site.Page("/zh-hant/chronicle/");
        Assert.Equal(["/nianjian/zh-hant/chronicle/2023/", "/nianjian/zh-hant/chronicle/2024/", "/nianjian/zh-hant/chronicle/2025/"],
            landing.QuerySelectorAll(".chronicle-nav .filter-title a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["/nianjian/zh-hant/chronicle/2023/#m2023-11", "/nianjian/zh-hant/chronicle/2023/#m2023-12", "/nianjian/zh-hant/chronicle/2024/#m2024-01",
            "/nianjian/zh-hant/chronicle/2024/#m2024-03", "/nianjian/zh-hant/chronicle/2025/#m2025-02"], landing.QuerySelectorAll(".chronicle-nav .chip").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["1", "1", "4", "2", "1"], landing.QuerySelectorAll(".chronicle-nav .chip .count").Select(c => c.TextContent));

        // The year's page holds its items under their date anchors, with a navigator to the other years and its months.
        var page = fixture.Site.Page("/zh-hant/chronicle/2024/");
        Assert.Equal(["y2024"], page.QuerySelectorAll(".chronicle-year").Select(s => s.Id!));
        Assert.Equal(["/nianjian/zh-hant/chronicle/2023/", "/nianjian/zh-hant/chronicle/2024/", "/nianjian/zh-hant/chronicle/2025/", "#m2024-01", "#m2024-03"],
            page.QuerySelectorAll(".chronicle-nav .chip").Select(a => a.GetAttribute("href")!));
        Assert.Equal("page", page.QuerySelector(".chronicle-nav .chip[href$='/2024/']")!.GetAttribute("aria-current"));
        Assert.Equal("/nianjian/zh-hans/chronicle/2024/", page.QuerySelector(".edition-switch a")!.GetAttribute("href"));
        // The 2024 volume records 5 January 2024 ahead of its record year; the 2025 volume records two events that day.
        var january = page.QuerySelectorAll("#m2024-01 li").ToList();
        Assert.Equal(["d2024-01-05", "d2024-01-05-2", "d2024-01-05-3", "d2024-01-20"], january.Select(li => li.Id!));
        Assert.Equal("/nianjian/zh-hant/2024/chronicle/events/#d2024-01-05", january[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/nianjian/zh-hant/2025/chronicle/events/#d2024-01-05-2", january[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("區政府印發年度計劃。", january[0].QuerySelector(".chronicle-text")!.TextContent);
        Assert.Equal("1月20日至22日", january[3].QuerySelector("time")!.TextContent);
        Assert.Equal("2024-03", page.QuerySelector("#d2024-03 time")!.GetAttribute("datetime"));
        Assert.Equal("3月12日", page.QuerySelector("#d2024-03-12 time")!.TextContent);
    }

    [Fact]
    public void Chronicle_pages_are_linked_from_every_page_and_listed_in_the_sitemap()
    {
        Assert.Contains(fixture.Site.Page("/zh-hans/").QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == "/nianjian/zh-hans/chronicle/");
        var sitemap = File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/nianjian/zh-hans/chronicle/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/nianjian/zh-hant/chronicle/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/nianjian/zh-hant/chronicle/2024/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Volume_puts_features_and_the_chronicle_first_and_appendices_last()
    {
        var links = fixture.Site.Page("/zh-hans/2025/").QuerySelectorAll("main a[href*='/2025/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        // _volume.yml lists [economy, chronicle, feature, appendix]; the kinds reorder them as printed yearbooks do.
        Assert.Equal(["feature/plan/", "chronicle/events/", "economy/industry/", "appendix/indicators/"],
            links.Where(l => l.Count(c => c == '/') > 5).Select(l => l["/nianjian/zh-hans/2025/".Length..]));
    }

    [Fact]
    public void Feature_shows_the_document_it_reprints()
    {
        var page = fixture.Site.Page("/zh-hant/2025/feature/plan/");

        Assert.Equal("chapter chapter-feature", page.QuerySelector("article")!.ClassName);
        Assert.Equal("《測試區國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標綱要》（測試區人民政府，測政〔2021〕5號，2021年3月20日）",
            page.QuerySelector(".chapter-document dd")!.TextContent);
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Chronicle_chapter_main(string edition) => MainSnapshot($"/{edition}/2025/chronicle/events/", edition);

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Chronicle_index_main(string edition) => MainSnapshot($"/{edition}/chronicle/", edition);

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Chronicle_year_main(string edition) => MainSnapshot($"/{edition}/chronicle/2024/", edition);

    private void MainSnapshot(string url, string name, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var html = File.ReadAllText(Path.Combine(fixture.Site.Output, url.Trim('/'), "index.html"));
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length;
        Snapshot.Match(html[start..end], "html", name, testName: test);
    }
}
