using System.Globalization;
using Yearbook.Model;

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
        var groups = hant.QuerySelectorAll(".subject-group").ToList();
        string[] Headings(AngleSharp.Dom.IElement group) => group.QuerySelectorAll(".subject-entry dt").Select(d => d.FirstChild!.TextContent.Trim()).ToArray();
        string GroupOf(string heading) => groups.Single(g => Headings(g).Contains(heading)).QuerySelector(".subject-letter")!.TextContent;

        // Groups by stroke count of the first character, fewest strokes first: 人 2, 召 5, 安 6, 長 8, 經 13.
        Assert.Equal("2畫", GroupOf("人物"));
        Assert.Equal("5畫", GroupOf("召陵"));
        Assert.Equal("6畫", GroupOf("安全"));
        Assert.Equal("8畫", GroupOf("長江"));
        Assert.Equal("13畫", GroupOf("經濟"));
        var counts = groups.Select(g => int.Parse(g.QuerySelector(".subject-letter")!.TextContent.TrimEnd('畫'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Order(), counts);

        // Within a group, ICU's zh-TW (stroke) order.
        var stroke = CultureInfo.GetCultureInfo("zh-TW").CompareInfo;
        Assert.All(groups, g => Assert.Equal(Headings(g).Order(Comparer<string>.Create((a, b) => stroke.Compare(a, b))), Headings(g)));

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
