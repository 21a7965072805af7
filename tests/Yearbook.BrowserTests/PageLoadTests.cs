using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Yearbook.BrowserTests;

/// <summary>Every page of the sample site loads cleanly in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserSite site)
{
    [Fact]
    public void The_site_has_the_pages_a_reader_expects()
    {
        // Guards the crawl below: a build that lost pages would otherwise pass it trivially.
        Assert.Contains("", site.Pages);
        Assert.Contains("zh-hans/", site.Pages);
        Assert.Contains("zh-hant/honors/", site.Pages);
        Assert.Contains("zh-hant/statistics/", site.Pages);
        Assert.True(site.Pages.Count(p => p.StartsWith("zh-hans/20", StringComparison.Ordinal)) >= 10, string.Join(", ", site.Pages));
    }

    [Fact]
    public async Task A_reader_goes_from_the_statistics_page_to_a_category_an_indicator_and_the_chapter_of_a_figure()
    {
        var walk = await IndexWalk.StartAsync(site, "zh-hant/statistics/", options: PhoneLayoutTests.Phone);
        var page = walk.Page;
        await walk.FollowAsync(page.Locator($"#by-category-title ~ .table-scroll a[href$='/{SitePages.StatisticsCategory}']"), $"zh-hant/{SitePages.StatisticsCategory}");
        await walk.FollowAsync(page.Locator($"main tbody a[href$='/{SitePages.ChartedIndicator}']"), $"zh-hant/{SitePages.ChartedIndicator}");
        await Expect(page.Locator("svg.series-chart[role=img]")).ToHaveCountAsync(1);
        var figure = page.Locator(".series tbody a").First;
        var href = await figure.GetAttributeAsync("href");
        Assert.NotNull(href);
        await walk.FollowAsync(figure, new Regex(Regex.Escape(href) + "$"));
        // The chapter's row of that figure, by the anchor the indicator page links.
        await Expect(page.Locator("#" + href.Split('#')[1])).ToHaveCountAsync(1);
        await walk.CloseAsync();
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_or_failed_requests()
    {
        var context = await site.Browser.NewContextAsync();
        var problems = await Parallel.Pages(site.Pages.Where(BrowserSite.IsReady), async relative =>
        {
            var page = await context.NewPageAsync();
            var seen = new PageProblems(page);
            var response = await page.GotoAsync(site.Url(relative), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // The root page sends the reader on to an edition; wait until that page has loaded as well.
            await page.WaitForLoadStateAsync(LoadState.Load);
            await page.CloseAsync();
            var status = response?.Status ?? 0;
            return seen.All.Concat(status == 200 ? [] : [$"status {status}"]).Select(p => $"{relative}: {p}");
        });
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
