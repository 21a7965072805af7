using Yearbook.Tests.Snapshots;

namespace Yearbook.Tests;

/// <summary>
/// Golden files of every other page kind, built from the fixture site (the index pages are in
/// <see cref="IndexPagesSnapshotTests"/>): the &lt;main&gt; of each edition's pages, and the whole of
/// the root page, the feeds and the sitemap.
/// </summary>
public sealed class PageKindsSnapshotTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("zh-hans", "home", "index.html")]
    [InlineData("zh-hant", "home", "index.html")]
    [InlineData("zh-hans", "volume", "2024/index.html")]
    [InlineData("zh-hant", "volume", "2024/index.html")]
    [InlineData("zh-hans", "chapter", "2024/places/zhaoling/index.html")]
    [InlineData("zh-hant", "chapter", "2024/places/zhaoling/index.html")]
    [InlineData("zh-hans", "search", "search/index.html")]
    [InlineData("zh-hant", "search", "search/index.html")]
    [InlineData("zh-hans", "statisticsCategory", "statistics/category/places/index.html")]
    [InlineData("zh-hant", "statisticsCategory", "statistics/category/places/index.html")]
    [InlineData("zh-hans", "statisticsIndicator", "statistics/dqsczz/index.html")]
    [InlineData("zh-hant", "statisticsIndicator", "statistics/dqsczz/index.html")]
    [InlineData("zh-hans", "statisticsIndicator", "statistics/qysl-g/index.html", "-one-period")]
    [InlineData("zh-hant", "statisticsIndicator", "statistics/qysl-g/index.html", "-one-period")]
    [InlineData("zh-hans", "notFound", "404.html")]
    [InlineData("zh-hant", "notFound", "404.html")]
    public void MainElement(string edition, string kind, string file, string variant = "")
    {
        var html = Read($"{edition}/{file}");
        Assert.Contains($"<body class=\"kind-{kind}", html);
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length;
        Assert.True(start >= 0 && end > start, "the page has a <main> element");
        Snapshot.Match(html[start..end], "html", $"{edition}_{kind}{variant}");
    }

    [Fact]
    public void Root() => Snapshot.Match(Read("index.html"), "html");

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Atom(string edition) => Snapshot.Match(Read($"{edition}/atom.xml"), "xml", edition);

    [Fact]
    public void Sitemap() => Snapshot.Match(Read("sitemap.xml"), "xml");

    [Fact]
    public void Site_wide_not_found_page_is_the_Simplified_edition_s()
    {
        // Static hosts serve /404.html for every missing address, so it is the Simplified edition's page.
        Assert.Equal(Read("zh-hans/404.html"), Read("404.html"));
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(fixture.Site.Output, relative));
}
