using Microsoft.Playwright;

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
        var page = await site.OpenAsync();
        var landing = $"{edition}/{index}";
        await page.GotoAsync(site.Url(landing));
        var landingTitle = await page.TextContentAsync("h1");

        // The split page: one folder below the landing page, its title the landing page's and the part's.
        var part = page.Locator(partLink).First;
        await part.ClickAsync();
        // The walk reads the document only, so it waits for the document rather than every resource's load (which
        // under a loaded machine once took longer than the 30 s timeout after the document was there).
        await page.WaitForURLAsync(url => site.Relative(url) is { } r && r.StartsWith(landing, StringComparison.Ordinal) && r.Length > landing.Length, Document);
        Assert.Matches(@"^[^/#]+/(\d+/)?$", site.Relative(page.Url)!.Split('#')[0][landing.Length..]);
        Assert.StartsWith(landingTitle + " · ", await page.TextContentAsync("h1"), StringComparison.Ordinal);
        // Its breadcrumbs lead back to the landing page.
        Assert.Equal(site.Url(landing), new Uri(new Uri(page.Url), await page.Locator(".breadcrumbs a").Last.GetAttributeAsync("href")).ToString());

        // An entry of the split page leads to its chapter, at the place the index named.
        var entry = page.Locator($"main {entryLink}").First;
        var href = await entry.GetAttributeAsync("href");
        await entry.ClickAsync();
        await page.WaitForURLAsync(url => site.Relative(url) is { } r && r.StartsWith(edition + "/20", StringComparison.Ordinal), Document);
        Assert.Contains("kind-chapter", await page.GetAttributeAsync("body", "class") ?? "", StringComparison.Ordinal);
        var fragment = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        Assert.Equal(Uri.UnescapeDataString(href!.Split('#').ElementAtOrDefault(1) ?? ""), fragment);
        if (fragment.Length > 0)
        {
            Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", fragment), $"{page.Url} has no #{fragment}");
        }

        await page.Context.CloseAsync();
    }

    private static readonly PageWaitForURLOptions Document = new() { WaitUntil = WaitUntilState.DOMContentLoaded };
}
