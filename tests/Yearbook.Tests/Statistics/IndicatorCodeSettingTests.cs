using Yearbook.Diagnostics;
using Yearbook.Indexes.Statistics;

namespace Yearbook.Tests.Statistics;

/// <summary>
/// Indicator codes given in yearbook.yml (<c>statistics: {codes: …}</c>): they win over the pinyin code in every
/// volume and both editions, and a code that is not a slug or that two indicators share is a located error.
/// </summary>
public sealed class IndicatorCodeSettingTests
{
    private const string Config = "title: 测试区年鉴\ndistrict: 测试区\nbase_url: https://example.org/\nglossary: glossary.yml\n";

    private static TempSite Site(string codes)
    {
        var site = new TempSite(Config + "statistics:\n  codes:\n" + codes);
        site.Write("2024/_volume.yml", "title: 测试区年鉴（2024）\nyear: 2024\nrecord_year: 2023\n");
        site.Write("2024/01-a.md", "---\ntitle: 经济\nstats:\n  - {indicator: 地区生产总值, value: 140, unit: 亿元, period: '2023'}\n  - {indicator: 生猪存栏, value: 12, unit: 万头, period: '2023'}\n---\n正文。\n");
        // A Traditional chapter of another volume: the same indicator, the same code.
        site.Write("2025/01-b.md", "---\ntitle: 經濟\nscript: hant\nstats:\n  - {indicator: 地區生產總值, value: 152, unit: 億元, period: '2024'}\n  - {indicator: 深圳产量, value: 3, unit: 万吨, period: '2024'}\n---\n正文。\n");
        return site;
    }

    [Fact]
    public void A_given_code_is_the_indicator_s_address_in_every_volume_and_both_editions_and_in_the_downloads()
    {
        using var site = Site("    地区生产总值: gdp\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.Code.StartsWith("YB07", StringComparison.Ordinal));
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            var page = site.ReadOutput($"{edition}/statistics/gdp/index.html");
            Assert.Contains("140", page, StringComparison.Ordinal); // the 2024 volume's point
            Assert.Contains("152", page, StringComparison.Ordinal); // and the 2025 volume's, written in Traditional
            Assert.False(Directory.Exists(Path.Combine(site.Output, edition, "statistics", "dqsczz")));
            // The CSV's last column is the code: both volumes' rows carry it.
            var rows = CsvReader.Parse(site.ReadOutput($"{edition}/statistics/statistics.csv").TrimStart('\uFEFF'))[1..];
            Assert.Equal(2, rows.Count(r => r[^1] == "gdp"));
        }

        Assert.Contains("/zh-hans/statistics/gdp/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_code_wins_over_the_pinyin_code_of_another_indicator_which_is_numbered()
    {
        // 生猪存栏 is szcl by its initials, and so is 深圳产量; the editor gives 生猪存栏 'szcl' outright.
        using var site = Site("    生猪存栏: szcl\n");
        site.Build();
        Assert.Contains("生猪存栏", site.ReadOutput("zh-hans/statistics/szcl/index.html"), StringComparison.Ordinal);
        Assert.Contains("深圳产量", site.ReadOutput("zh-hans/statistics/szcl-2/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GDP")]
    [InlineData("gdp_2")]
    [InlineData("-gdp")]
    [InlineData("gdp--x")]
    [InlineData("地区")]
    [InlineData("category")]
    public void A_code_that_is_not_a_slug_is_a_located_error_and_the_pinyin_code_stays(string code)
    {
        using var site = Site($"    地区生产总值: '{code}'\n");
        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.IndicatorCodeInvalid);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("yearbook.yml", 7, 13), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_indicators_given_one_code_is_an_error_at_the_second_naming_the_first()
    {
        using var site = Site("    地区生产总值: jj\n    生猪存栏: jj\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.IndicatorCodeRepeated);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("yearbook.yml", 8, 11), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("'地区生产总值' at yearbook.yml(7,13)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_for_an_indicator_no_chapter_records_is_a_warning()
    {
        using var site = Site("    地区生产总量: gdp\n");
        var result = site.Build(write: false);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.IndicatorCodeUnused);
        Assert.Equal((Severity.Warning, 7), (warning.Severity, warning.Location.Line));
        Assert.Contains("地区生产总量", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_split_by_unit_adds_its_unit_to_the_given_code()
    {
        using var site = Site("    企业数量: qy\n");
        site.Write("2025/02-c.md", "---\ntitle: 企业\nstats:\n  - {indicator: 企业数量, value: 20, unit: 个, period: '2024'}\n  - {indicator: 企业数量, value: 3, unit: 家, period: '2023'}\n---\n正文。\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SeriesUnits); // 个 and 家 cannot be converted
        Assert.Contains("企业数量", site.ReadOutput("zh-hans/statistics/qy-g/index.html"), StringComparison.Ordinal);
        Assert.Contains("企業數量", site.ReadOutput("zh-hant/statistics/qy-j/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_codes_are_taken_before_the_pinyin_codes_are_numbered()
    {
        var given = new Dictionary<string, string> { ["甲"] = "ab" };
        var codes = IndicatorCode.Number([("乙", "ab"), ("甲", "jia"), ("丙", "ab")], given);
        Assert.Equal(("ab", "ab-2", "ab-3"), (codes["甲"], codes["丙"], codes["乙"])); // 丙 (U+4E19) < 乙 (U+4E59)
    }
}
