using System.Globalization;

namespace Yearbook.Tests;

/// <summary>The <c>subjects.traditional_order: stroke</c> option.</summary>
public sealed class StrokeOrderTests
{
    [Fact]
    public void TraditionalEditionCanBeInStrokeOrderWhileSimplifiedStaysPinyin()
    {
        using var site = BuiltSite.Build(BuiltSite.FixtureFolder, yml => yml.Replace("traditional_order: pinyin", "traditional_order: stroke", StringComparison.Ordinal));
        Assert.Equal(0, site.Result.Diagnostics.Count(d => d.Code is "YB0002" or "YB0104"));

        var hant = site.Page("/zh-hant/subjects/");
        var group = Assert.Single(hant.QuerySelectorAll(".subject-group"));
        Assert.Equal("筆畫序", group.QuerySelector(".subject-letter")!.TextContent);
        var headings = group.QuerySelectorAll(".subject-entry dt").Select(d => d.FirstChild!.TextContent.Trim()).ToList();
        var stroke = CultureInfo.GetCultureInfo("zh-TW").CompareInfo;
        Assert.Equal(headings.Order(Comparer<string>.Create((a, b) => stroke.Compare(a, b))).ToList(), headings);
        // 人物 (2 strokes) comes before 安全 (6) in stroke order, unlike pinyin.
        Assert.True(headings.IndexOf("人物") < headings.IndexOf("安全"));

        var hans = site.Page("/zh-hans/subjects/");
        Assert.True(hans.QuerySelectorAll(".subject-group").Length > 1);
        // The tag links of Traditional chapters still land on their entries.
        Assert.NotNull(hant.GetElementById("tag-重庆"));
    }

    [Fact]
    public void UnknownOrderIsReported()
    {
        using var site = BuiltSite.Build(BuiltSite.FixtureFolder, yml => yml.Replace("traditional_order: pinyin", "traditional_order: radical", StringComparison.Ordinal));
        Assert.Contains(site.Result.Diagnostics, d => d.Message.Contains("traditional_order", StringComparison.Ordinal) && d.Location.Path == "yearbook.yml");
    }
}
