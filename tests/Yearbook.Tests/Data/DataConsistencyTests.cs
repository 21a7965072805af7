using System.Text.Json;
using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Data;

/// <summary>
/// Data that agrees with itself (issue 22, section 4): a figure given twice, a value that is not a
/// number, a change in the wrong form, and one honor recorded in several chapters.
/// </summary>
public sealed class DataConsistencyTests
{
    private static string Chapter(string title, string frontMatter, string body = "正文。") =>
        $"---\ntitle: {title}\n{frontMatter}---\n\n{body}\n";

    private static string Stat(string indicator, string value, string unit, string period, string? change = null) =>
        $"  - indicator: {indicator}\n    value: {value}\n    unit: {unit}\n    period: \"{period}\"\n" + (change is null ? "" : $"    change: \"{change}\"\n");

    private static BuildResult Check(TempSite site) =>
        new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build();

    [Fact]
    public void The_same_indicator_and_period_with_different_values_is_reported_at_both_places()
    {
        using var site = new TempSite()
            .Write("2025/agriculture/01-grain.md", Chapter("粮食生产", "stats:\n" + Stat("粮食总产量", "12.4", "万吨", "2020-Q1-Q3") + Stat("粮食总产量", "13.0", "万吨", "2021")))
            .Write("2025/economy/01-overview.md", Chapter("经济概况", "stats:\n" + Stat("粮食总产量", "12.3", "万吨", "2020-Q1-Q3")));

        var result = site.Build();

        var conflicts = result.Diagnostics.Where(d => d.Code == "YB0405").ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, d => Assert.Equal(Severity.Warning, d.Severity));
        var grain = Assert.Single(conflicts, d => d.Location.Path == "2025/agriculture/01-grain.md");
        Assert.Equal(4, grain.Location.Line);
        Assert.Contains("12.3", grain.Message);
        Assert.Contains("2025/economy/01-overview.md(4", grain.Message);
        var overview = Assert.Single(conflicts, d => d.Location.Path == "2025/economy/01-overview.md");
        Assert.Contains("12.4", overview.Message);

        // The chart draws one point per period: the one recorded first in reading order (here agriculture's,
        // a category that comes first alphabetically), and the table still lists both figures.
        var html = site.ReadOutput("zh-hans/statistics/lszcl/index.html"); // 粮食总产量's page
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Equal(2, CountOf(svg, "<circle"));
        Assert.Contains(">12.4</text>", svg);
        Assert.DoesNotContain(">12.3</text>", svg);
        Assert.Contains(">12.3<", html);
    }

    [Fact]
    public void The_same_figure_given_twice_is_no_conflict_and_is_drawn_once()
    {
        using var site = new TempSite()
            .Write("2025/agriculture/01-grain.md", Chapter("粮食生产", "stats:\n" + Stat("粮食总产量", "12.30", "万吨", "2020") + Stat("粮食总产量", "13", "万吨", "2021")))
            .Write("2025/economy/01-overview.md", Chapter("经济概况", "stats:\n" + Stat("粮食总产量", "123000", "吨", "2020")));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "YB0405");
        var html = site.ReadOutput("zh-hans/statistics/lszcl/index.html");
        Assert.Equal(2, CountOf(html[html.IndexOf("<svg", StringComparison.Ordinal)..], "<circle"));
    }

    [Fact]
    public void A_value_with_its_unit_inside_is_an_error_with_the_fix()
    {
        using var site = new TempSite()
            .Write("2025/01-economy.md", Chapter("经济", "stats:\n" + Stat("地区生产总值", "152亿", "元", "2024") + Stat("地区生产总值", "140", "亿元", "2023")));

        var result = Check(site);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "YB0104");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("2025/01-economy.md", 5, 12), error.Location);
        Assert.Contains("'152亿'", error.Message);
        Assert.Contains("value: 152, unit: 亿元", error.Message);
    }

    [Theory]
    [InlineData("+2.07", "'+2.07%'")]
    [InlineData("2.07%", "'+2.07%'")]
    [InlineData("+2.07 %", "'+2.07%'")]
    [InlineData("增长2.07%", "'+2.07%'")]
    [InlineData("+2.07pp", "'+2.07个百分点'")]
    public void A_change_not_in_the_documented_form_is_reported_with_the_form_to_write(string change, string fix)
    {
        using var site = new TempSite().Write("2025/01-economy.md", Chapter("经济", "stats:\n" + Stat("生猪存栏", "88301", "头", "2024", change)));

        var result = Check(site);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "YB0406");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(8, warning.Location.Line);
        Assert.Contains(fix, warning.Message);
    }

    [Theory]
    [InlineData("+2.07%")]
    [InlineData("-0.5%")]
    [InlineData("0%")]
    [InlineData("+1.2个百分点")]
    [InlineData("-3个百分点")]
    public void A_change_in_the_documented_form_passes(string change)
    {
        using var site = new TempSite().Write("2025/01-economy.md", Chapter("经济", "stats:\n" + Stat("生猪存栏", "88301", "头", "2024", change)));

        Assert.Empty(Check(site).Diagnostics);
    }

    [Fact]
    public void One_honor_recorded_in_several_chapters_is_one_row_listing_every_source()
    {
        const string honor = "honors:\n  - title: 全国文明城市\n    level: national\n    year: 2024\n    recipient: 测试区\n";
        using var site = new TempSite()
            .Write("2024/_volume.yml", "title: 测试区年鉴（2024）\nyear: 2024\nrecord_year: 2023\n")
            .Write("2025/01-civic.md", Chapter("文明创建", honor))
            .Write("2025/02-review.md", Chapter("年度回顾", honor))
            .Write("2024/01-other.md", Chapter("其他荣誉", "honors:\n  - title: 全国文明城市\n    level: national\n    year: 2021\n    recipient: 测试区\n"));

        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);

        using var json = JsonDocument.Parse(site.ReadOutput("zh-hans/honors/honors.json"));
        var rows = json.RootElement.GetProperty("honors").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count); // 2024's honor and the one 2021 honor, not three
        var merged = Assert.Single(rows, r => r.GetProperty("year").GetInt32() == 2024);
        var sources = merged.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("chapter").GetString()).ToList();
        Assert.Equal(["文明创建", "年度回顾"], sources);

        var csv = CsvReader.Parse(site.ReadOutput("zh-hans/honors/honors.csv").TrimStart('\uFEFF'));
        Assert.Equal(3, csv.Count); // header and two rows
        var row = Assert.Single(csv, r => r[1] == "2024");
        Assert.Equal("文明创建；年度回顾", row[7]);
        Assert.Equal("https://example.org/zh-hans/2025/civic/#honor-1 https://example.org/zh-hans/2025/review/#honor-1", row[8]);

        // One row on each year's page: the merged row links both chapters; the 2021 row links its one.
        var html = site.ReadOutput("zh-hans/honors/2024/index.html");
        Assert.Equal(1, CountOf(html, ">全国文明城市<"));
        Assert.Equal(1, CountOf(html, "<a href=\"/zh-hans/2025/civic/#honor-1\">文明创建</a>、<a href=\"/zh-hans/2025/review/#honor-1\">年度回顾</a>"));
        Assert.Equal(1, CountOf(site.ReadOutput("zh-hans/honors/2021/index.html"), ">其他荣誉</a>"));
    }

    [Fact]
    public void A_conflict_names_the_other_file_as_the_site_folder_was_named()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", "honors:\n  - title: 全国文明城市\n    level: national\n    year: 2024\n    recipient: 测试区\n"))
            .Write("2025/02-b.md", Chapter("乙", "honors:\n  - title: 全国文明城市\n    level: provincial\n    year: 2024\n    recipient: 测试区\n"));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == "YB0401");

        Assert.StartsWith("content/2025/02-b.md(4,5): warning YB0401: ", warning.Format("content"));
        Assert.Contains("also recorded at content/2025/01-a.md(4,5)", warning.Format("content"));
        Assert.Contains("also recorded at 2025/01-a.md(4,5)", warning.Format());
    }

    [Fact]
    public void A_unit_conflict_names_the_other_file_as_the_site_folder_was_named()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", "stats:\n" + Stat("粮食播种面积", "12", "万亩", "2023")))
            .Write("2025/02-b.md", Chapter("乙", "stats:\n" + Stat("粮食播种面积", "8000", "公顷", "2024")));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == "YB0402");

        Assert.Contains("at content/2025/01-a.md(4,5);", warning.Format("content"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
