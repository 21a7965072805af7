using System.Text.Json;
using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// A printed chapter (or index) is the text alone: no navigation, every link's address printed
/// after it, and no page break inside a table or a chart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSite site)
{
    private const string Inspect = """
        () => {
          const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const problems = [];
          for (const e of document.querySelectorAll('nav, .skip-link, .edition-switch, [data-print], .site-footer-links'))
            if (shown(e)) problems.push(`${e.tagName.toLowerCase()}.${e.className} is printed`);
          const links = [...document.querySelectorAll('main a[href]:not([href^="#"])')].filter(shown);
          for (const a of links) {
            const after = getComputedStyle(a, '::after').content;
            if (!after.includes(a.href)) problems.push(`link "${a.textContent.trim()}" prints as ${after}, without ${a.href}`);
          }
          const blocks = [...document.querySelectorAll('main table, main .chart')].filter(shown);
          for (const b of blocks)
            if (getComputedStyle(b).breakInside !== 'avoid') problems.push(`${b.tagName.toLowerCase()}.${b.className} may break across pages`);
          return { problems, links: links.length, blocks: blocks.length };
        }
        """;

    [Theory]
    [InlineData("chapter")]
    [InlineData("zh-hant/statistics/")]
    public async Task The_print_stylesheet_hides_navigation_prints_link_addresses_and_keeps_tables_and_charts_whole(string which)
    {
        var relative = which == "chapter" ? SitePages.Chapter(site) : which;
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url(relative));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var result = await page.EvaluateAsync<JsonElement>(Inspect);
        await page.Context.CloseAsync();
        Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        // Guards: the page printed has links and tables (or charts) to check.
        Assert.True(result.GetProperty("links").GetInt32() > 0);
        Assert.True(result.GetProperty("blocks").GetInt32() > 0);
    }
}
