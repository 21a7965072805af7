using AngleSharp.Dom;

namespace Yearbook.Tests;

/// <summary>
/// The statistics pages of a built site as a reader reaches them: the landing page, every page of every
/// category it links, and every indicator page those list, each once.
/// </summary>
internal static class StatisticsWalk
{
    /// <summary>The category pages of <paramref name="edition"/>, by address, in the order they are reached.</summary>
    public static List<(string Url, IDocument Page)> CategoryPages(BuiltSite site, string edition)
    {
        var landing = site.Page($"/{edition}/statistics/");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<(string, IDocument)>();
        var queue = new Queue<string>(landing.QuerySelectorAll("main a[href*='/statistics/category/']").Select(a => a.GetAttribute("href")!));
        while (queue.TryDequeue(out var url))
        {
            if (!seen.Add(url))
            {
                continue;
            }

            var page = site.Page(url);
            pages.Add((url, page));
            foreach (var next in page.QuerySelectorAll("main .page-numbers a").Select(a => a.GetAttribute("href")!))
            {
                queue.Enqueue(next);
            }
        }

        return pages;
    }

    /// <summary>The indicator pages of <paramref name="edition"/>, by address, in the order the category pages list them.</summary>
    public static List<(string Url, IDocument Page)> IndicatorPages(BuiltSite site, string edition) => CategoryPages(site, edition)
        .SelectMany(c => c.Page.QuerySelectorAll("main tbody th a").Select(a => a.GetAttribute("href")!))
        .Distinct(StringComparer.Ordinal)
        .Select(url => (url, site.Page(url)))
        .ToList();
}
