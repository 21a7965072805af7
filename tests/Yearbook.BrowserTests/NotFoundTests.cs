using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>A mistyped address, at any depth, shows the site's own styled 404 page with working links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserSite site)
{
    [Theory]
    [InlineData("no-such-page")]
    [InlineData("zh-hant/2025/no/such/chapter/")]
    public async Task A_missing_page_shows_the_styled_404_page_with_its_assets_and_links(string missing)
    {
        var page = await site.OpenAsync();
        var seen = new PageProblems(page);
        var response = await page.GotoAsync(site.Url(missing));
        Assert.Equal(404, response!.Status);
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        // Styled: the theme's stylesheet loaded from the sub-path whatever the depth of the address.
        Assert.Equal("flex", await page.EvalOnSelectorAsync<string>(".site-header-inner", "e => getComputedStyle(e).display"));
        Assert.True(await page.IsVisibleAsync("main h1"));
        // The only failed request is the missing page itself (Chromium logs its 404 in the console too).
        Assert.NotEmpty(seen.All);
        Assert.All(seen.All, problem => Assert.Contains(page.Url, problem, StringComparison.Ordinal));
        // Its links lead back into the site from wherever it was served.
        var links = await page.EvalOnSelectorAllAsync<string[]>("main a[href]", "links => links.map(a => a.href)");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var linked = await page.Context.APIRequest.GetAsync(link);
            Assert.True(linked.Status == 200, $"{link}: {linked.Status}");
        }

        await page.Context.CloseAsync();
    }
}
