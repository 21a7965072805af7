using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Yearbook.BrowserTests;

/// <summary>
/// A reader walking an index in one browser page: it opens the landing page, then follows links, each step a click
/// and an <c>Expect(page).ToHaveURLAsync</c> on the new address. Never a wait for a load state: Playwright's wait for a
/// load state of a page it has already seen navigate missed the DOMContentLoaded and load events under load (CI timed
/// out at 30 s with "load" and "networkidle" logged). So read the page a step lands on with Expect(...) or locators,
/// which wait for their elements.
/// </summary>
internal sealed class IndexWalk
{
    private readonly Func<string, string> _url;

    private IndexWalk(IPage page, Func<string, string> url)
    {
        Page = page;
        _url = url;
    }

    /// <summary>The page the reader walks in.</summary>
    public IPage Page { get; }

    /// <summary>
    /// Opens a page in a fresh context of <paramref name="site"/>'s browser at the site path <paramref name="landing"/>
    /// (<c>zh-hans/honors/</c>), an address made by <paramref name="url"/> (the sample site's, unless another site's is given).
    /// </summary>
    public static async Task<IndexWalk> StartAsync(BrowserSite site, string landing, Func<string, string>? url = null, BrowserNewContextOptions? options = null)
    {
        url ??= site.Url;
        var page = await site.OpenAsync(options);
        await page.GotoAsync(url(landing));
        return new IndexWalk(page, url);
    }

    /// <summary>Clicks <paramref name="link"/> and expects the page at the site path <paramref name="path"/>, no more and no less.</summary>
    public async Task FollowAsync(ILocator link, string path)
    {
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(_url(path));
    }

    /// <summary>Clicks <paramref name="link"/> and expects the page at an address that <paramref name="address"/> matches.</summary>
    public async Task FollowAsync(ILocator link, Regex address)
    {
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(address);
    }

    /// <summary>Closes the page's context.</summary>
    public Task CloseAsync() => Page.Context.CloseAsync();
}
