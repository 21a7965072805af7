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

        // One page per group (the fixture's groups each fit on one), its group marked in the navigator.
        var groups = site.SplitPages("/zh-hant/subjects/").Select(p => p.DocumentElement).ToList();
        string[] Headings(AngleSharp.Dom.IElement group) => group.QuerySelectorAll(".subject-entry dt").Select(d => d.FirstChild!.TextContent.Trim()).ToArray();
        string Letter(AngleSharp.Dom.IElement group) => group.QuerySelector(".letter-nav a[aria-current=page]")!.TextContent;
        string GroupOf(string heading) => Letter(groups.Single(g => Headings(g).Contains(heading)));

        // Groups by stroke count of the first character, fewest strokes first: 人 2, 召 5, 安 6, 長 8, 經 13.
        Assert.Equal("2畫", GroupOf("人物"));
        Assert.Equal("5畫", GroupOf("召陵"));
        Assert.Equal("6畫", GroupOf("安全"));
        Assert.Equal("8畫", GroupOf("長江"));
        Assert.Equal("13畫", GroupOf("經濟"));
        var counts = groups.Select(g => int.Parse(Letter(g).TrimEnd('畫'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Order(), counts);

        // Within a group, ICU's zh-TW (stroke) order.
        var stroke = CultureInfo.GetCultureInfo("zh-TW").CompareInfo;
        Assert.All(groups, g => Assert.Equal(Headings(g).Order(Comparer<string>.Create((a, b) => stroke.Compare(a, b))), Headings(g)));

        Assert.True(site.SplitPages("/zh-hans/subjects/").Count > 1);
        // The tag links of Traditional chapters still land on their entries.
        var link = site.Page("/zh-hant/2023/economy/economy/").QuerySelectorAll(".tag-list a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith("#tag-重庆", StringComparison.Ordinal));
        Assert.NotNull(site.Page(link).GetElementById("tag-重庆"));

        // The two editions group otherwise, so a group's page switches to the other edition's landing page.
        Assert.All(groups, g => Assert.EndsWith("/zh-hans/subjects/", g.QuerySelector(".edition-switch a[hreflang]")!.GetAttribute("href")!, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownOrderIsReported()
    {
        using var site = BuiltSite.Build(BuiltSite.FixtureFolder, yml => yml.Replace("traditional_order: pinyin", "traditional_order: radical", StringComparison.Ordinal));
        Assert.Contains(site.Result.Diagnostics, d => d.Message.Contains("traditional_order", StringComparison.Ordinal) && d.Location.Path == "yearbook.yml");
    }
}
