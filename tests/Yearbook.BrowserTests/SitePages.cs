namespace Yearbook.BrowserTests;

/// <summary>What the tests need to know about the sample site's addresses: editions and page kinds.</summary>
public static class SitePages
{
    /// <summary>The two editions' folders.</summary>
    public const string Hans = "zh-hans/", Hant = "zh-hant/";

    /// <summary>
    /// The same page in the other edition: <c>zh-hans/honors/</c> ↔ <c>zh-hant/honors/</c>. The site-wide
    /// <c>404.html</c> is the Simplified edition's, so its counterpart is the Traditional one's.
    /// </summary>
    public static string Counterpart(string relative) =>
        relative == "404.html" ? Hant + "404.html"
        : relative.StartsWith(Hans, StringComparison.Ordinal) ? Hant + relative[Hans.Length..]
        : relative.StartsWith(Hant, StringComparison.Ordinal) ? Hans + relative[Hant.Length..]
        : throw new ArgumentException("not an edition page: " + relative, nameof(relative));

    /// <summary>The <c>lang</c> a page of that site path must carry.</summary>
    public static string Lang(string relative) =>
        relative.StartsWith(Hant, StringComparison.Ordinal) ? "zh-Hant"
        : relative.StartsWith(Hans, StringComparison.Ordinal) || relative == "404.html" ? "zh-Hans"
        : "zh";

    /// <summary>
    /// One page of every kind in both editions: home, volume, chapter, honors, statistics, subjects,
    /// chronicle, search, the 404 pages. The root page is the chooser and has its own tests.
    /// </summary>
    public static IReadOnlyList<string> OneOfEachKind(BrowserSite site)
    {
        var pages = site.Pages;
        var chapter = Chapter(site);
        var volume = pages.First(p => p.StartsWith(Hans + "20", StringComparison.Ordinal) && p.Count(c => c == '/') == 2);
        // A split page of each index beside its landing page: a year of honors, a letter, a year of the chronicle;
        // of the statistics, a category and an indicator.
        string Part(string index) => pages.First(p => p.StartsWith(Hans + index, StringComparison.Ordinal) && p.Count(c => c == '/') == 3);
        string[] hans = [Hans, volume, chapter, Hans + "honors/", Part("honors/"), Hans + "statistics/", Hans + StatisticsCategory, Hans + ChartedIndicator,
            Hans + "subjects/", Part("subjects/"), Hans + "chronicle/", Part("chronicle/"), Hans + "search/", Hans + "404.html"];
        return [.. hans, .. hans.Select(Counterpart), "404.html"];
    }

    /// <summary>The sample's indicator with a chart (建成区面积, 2012 and 2016), relative to an edition.</summary>
    public const string ChartedIndicator = "statistics/jcqmj/";

    /// <summary>The category page that lists it, relative to an edition.</summary>
    public const string StatisticsCategory = "statistics/category/overview/";

    /// <summary>The first Simplified chapter with headings, a table and a link out: the richest page to check.</summary>
    public static string Chapter(BrowserSite site) => site.Pages.First(p =>
        p.StartsWith(Hans + "20", StringComparison.Ordinal) && p.Count(c => c == '/') >= 3
        && File.ReadAllText(Path.Combine(site.Output, p, "index.html")) is var html
        && html.Contains("<table", StringComparison.Ordinal) && html.Contains("<h2 id=", StringComparison.Ordinal));

    /// <summary>The first Simplified chapter with entries (条目): paragraphs that open with 【…】.</summary>
    public static string EntriesChapter(BrowserSite site) => site.Pages.First(p =>
        p.StartsWith(Hans + "20", StringComparison.Ordinal) && p.Count(c => c == '/') >= 3
        && File.ReadAllText(Path.Combine(site.Output, p, "index.html")).Contains("<p id=\"", StringComparison.Ordinal)
        && File.ReadAllText(Path.Combine(site.Output, p, "index.html")).Contains("class=\"entry\"", StringComparison.Ordinal));

    /// <summary>The address to open a site path at in a test: the root page with <c>?choose</c>, so it stays put.</summary>
    public static string Visit(BrowserSite site, string relative) => relative == "" ? site.Url("?choose") : site.Url(relative);
}
