using AngleSharp.Dom;

namespace Yearbook.Tests.IndexParts;

/// <summary><see cref="LongIndexSite"/>, built once for a test class.</summary>
public sealed class LongIndexSiteFixture : IDisposable
{
    private readonly string _source = Directory.CreateTempSubdirectory("yearbook-long-index-").FullName;

    public LongIndexSiteFixture()
    {
        LongIndexSite.Write(_source);
        Site = BuiltSite.Build(_source);
    }

    /// <summary>The built site.</summary>
    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        Directory.Delete(_source, recursive: true);
    }
}

/// <summary>
/// The numbered pages of index parts too long for one page (honors/2023/2/, subjects/b/2/,
/// statistics/category/economy/2/), on a constructed site that reaches the limits: each has a stable address in both
/// editions, the pages of a part link each other, the landing page links the part's first page, every item is on
/// exactly one page, and the sitemap lists them all.
/// </summary>
public sealed class NumberedPagesTests(LongIndexSiteFixture fixture) : IClassFixture<LongIndexSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    /// <summary>Each index's landing page and the long part's folder below the edition.</summary>
    public static TheoryData<string, string, string> Parts { get; } = new()
    {
        { "zh-hans", "honors/", "honors/2023/" },
        { "zh-hant", "honors/", "honors/2023/" },
        { "zh-hans", "subjects/", "subjects/b/" },
        { "zh-hant", "subjects/", "subjects/b/" },
        { "zh-hans", "statistics/", "statistics/category/economy/" },
        { "zh-hant", "statistics/", "statistics/category/economy/" },
    };

    [Fact]
    public void The_site_builds_without_errors() =>
        Assert.True(Site.Result.ErrorCount == 0, string.Join("\n", Site.Result.Diagnostics));

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_landing_page_links_the_part_s_first_page(string edition, string landing, string part)
    {
        var links = Site.Page($"/{edition}/{landing}").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/{edition}/{part}", links);
        Assert.DoesNotContain($"/{edition}/{part}2/", links); // the part's own pages list its numbered pages
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Page_2_has_a_stable_address_in_both_editions_and_its_pages_link_each_other(string edition, string landing, string part)
    {
        _ = landing;
        var pages = PagesOf(edition, part);
        Assert.True(pages.Count >= 2, $"/{edition}/{part} has {pages.Count} page(s)");
        for (var n = 1; n <= pages.Count; n++)
        {
            var url = n == 1 ? $"/{edition}/{part}" : $"/{edition}/{part}{n}/";
            var page = Site.Page(url);
            // The edition switch and hreflang name the same numbered page in the other edition.
            var other = edition == "zh-hans" ? "zh-hant" : "zh-hans";
            var alternate = page.QuerySelector($"link[rel=alternate][hreflang={(other == "zh-hant" ? "zh-Hant" : "zh-Hans")}]")!.GetAttribute("href")!;
            Assert.EndsWith(url.Replace(edition, other, StringComparison.Ordinal), alternate, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Site.Output, url.Replace(edition, other, StringComparison.Ordinal).TrimStart('/'), "index.html")));
            if (n > 1)
            {
                Assert.Contains($"{n}", page.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
            }

            // Every page's numbered navigation (above and below the list) names all the part's pages in order, the current one marked.
            foreach (var navigation in page.QuerySelectorAll(".part-pages, .page-numbers"))
            {
                var nav = navigation.QuerySelectorAll(".part-pages a, .page-numbers li a").ToList();
                Assert.Equal(pages, nav.Select(a => a.GetAttribute("href")).ToList());
                Assert.Equal(url, Assert.Single(nav, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
            }

            // The statistics pages also go back and forth.
            if (page.QuerySelector(".page-numbers") is not null)
            {
                Assert.Equal(n > 1 ? pages[n - 2] : null, page.QuerySelector(".page-numbers a[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(n < pages.Count ? pages[n] : null, page.QuerySelector(".page-numbers a[rel=next]")?.GetAttribute("href"));
            }
        }

        Assert.False(Directory.Exists(Path.Combine(Site.Output, edition, part, $"{pages.Count + 1}")));
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Every_honor_indicator_and_tag_is_on_exactly_one_page(string edition)
    {
        var hant = edition == "zh-hant";
        Assert.Equal(Numbered(hant ? "先進集體{0}號" : "先进集体{0}号", LongIndexSite.Honors), Items(edition, "honors/2023/", ".honor-list > li .honor-title"));
        Assert.Equal(Numbered(hant ? "指標{0}" : "指标{0}", LongIndexSite.Indicators), Items(edition, "statistics/category/economy/", "main tbody th a"));
        var tags = Items(edition, "subjects/b/", ".subject-entry > dt").Select(t => t.Split(' ')[0]).ToList();
        Assert.Equal(Numbered(hant ? "標籤{0}" : "标签{0}", LongIndexSite.Entries), tags);
    }

    [Fact]
    public void The_sitemap_lists_every_numbered_page()
    {
        var sitemap = File.ReadAllText(Path.Combine(Site.Output, "sitemap.xml"));
        var pages = new[] { "honors", "subjects", "statistics/category" }
            .SelectMany(index => new[] { "zh-hans", "zh-hant" }.Select(edition => Path.Combine(Site.Output, edition, index)))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(Site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/")
            .ToList();
        Assert.Contains("zh-hant/statistics/category/economy/3/", pages);
        foreach (var page in pages)
        {
            Assert.Contains($"<loc>https://example.org/{page}</loc>", sitemap, StringComparison.Ordinal);
        }
    }

    /// <summary>The addresses of a part's pages, from its first page's numbered navigation.</summary>
    private List<string?> PagesOf(string edition, string part) =>
        Site.Page($"/{edition}/{part}").QuerySelector(".part-pages, .page-numbers")?.QuerySelectorAll(".part-pages a, .page-numbers li a").Select(a => a.GetAttribute("href")).ToList() ?? [];

    /// <summary>The text of what <paramref name="selector"/> finds on every page of a part, in page order, sorted by their number.</summary>
    private List<string> Items(string edition, string part, string selector) =>
        PagesOf(edition, part).SelectMany(url => Site.Page(url!).QuerySelectorAll(selector)).Select(e => e.TextContent.Trim())
            .OrderBy(t => int.Parse(new string(t.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<string> Numbered(string format, int count) =>
        Enumerable.Range(1, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)).ToList();
}
