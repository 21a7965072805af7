using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Yearbook.BrowserTests;

/// <summary>
/// The indexes as readers walk them: from an index's landing page to one of its split pages (a year of honors,
/// a letter of the subject index, a year of the chronicle), and from there to the chapter, on the honor's row,
/// the entry or the chronicle item the split page lists; in both editions. (Axe and the Nu HTML checker go over
/// these pages with every other page.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SplitIndexTests(BrowserSite site)
{
    [Theory]
    [InlineData("zh-hans", "honors/", ".honors-counts tbody th a", ".honor-source a")]
    [InlineData("zh-hant", "honors/", ".honors-counts tbody th a", ".honor-source a")]
    [InlineData("zh-hans", "subjects/", ".chips a", ".subject-entry dd a")]
    [InlineData("zh-hant", "subjects/", ".chips a", ".subject-entry dd a")]
    [InlineData("zh-hans", "chronicle/", ".chronicle-nav .chip", "a.chronicle-date")]
    [InlineData("zh-hant", "chronicle/", ".chronicle-nav .filter-title a", "a.chronicle-date")]
    public async Task Landing_page_leads_to_a_split_page_that_leads_to_the_chapter(string edition, string index, string partLink, string entryLink)
    {
        var landing = $"{edition}/{index}";
        var walk = await IndexWalk.StartAsync(site, landing);
        var page = walk.Page;
        var landingTitle = await page.TextContentAsync("h1");

        // The split page: one folder below the landing page, its title the landing page's and the part's.
        await walk.FollowAsync(page.Locator(partLink).First, new Regex("^" + Regex.Escape(site.Url(landing)) + "[^/#]+/(\\d+/)?(#.*)?$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^" + Regex.Escape(landingTitle + " · ")));
        // Its breadcrumbs lead back to the landing page.
        Assert.Equal(site.Url(landing), new Uri(new Uri(page.Url), await page.Locator(".breadcrumbs a").Last.GetAttributeAsync("href")).ToString());

        // An entry of the split page leads to its chapter, at the place the index named.
        var entry = page.Locator($"main {entryLink}").First;
        var href = await entry.GetAttributeAsync("href");
        await walk.FollowAsync(entry, new Regex("^" + Regex.Escape(site.Url(edition + "/20"))));
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bkind-chapter\b"));
        var fragment = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        Assert.Equal(Uri.UnescapeDataString(href!.Split('#').ElementAtOrDefault(1) ?? ""), fragment);
        if (fragment.Length > 0)
        {
            await Expect(page.Locator($"[id='{fragment}']")).ToHaveCountAsync(1);
        }

        await walk.CloseAsync();
    }
}
