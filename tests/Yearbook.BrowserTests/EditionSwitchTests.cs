using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// The edition switch takes the reader to the same page and the same place in the other script, and
/// the choice is remembered: the root page then sends the reader to it, whatever the browser's language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditionSwitchTests(BrowserSite site)
{
    [Fact]
    public async Task The_switch_on_every_page_kind_lands_on_the_same_page_and_anchor_in_the_other_edition_and_is_remembered()
    {
        var pages = SitePages.OneOfEachKind(site).Where(BrowserSite.IsReady).ToList();
        Assert.All(pages, p => Assert.Contains(p, site.Pages));
        var problems = await Parallel.Pages(pages, SwitchAsync);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_switch_on_an_entry_lands_on_the_same_entry_in_the_other_edition()
    {
        var chapter = SitePages.EntriesChapter(site);
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url(chapter));
        var ids = await page.Locator("main p.entry").EvaluateAllAsync<string[]>("ps => ps.map(p => p.id)");
        Assert.True(ids.Length >= 2, chapter);
        var entry = ids[^1]; // the last entry: low on the page, so landing on it is not landing on the top
        var title = await page.Locator($"[id='{entry}'] .entry-title").TextContentAsync();

        await page.GotoAsync(site.Url(chapter) + "#" + Uri.EscapeDataString(entry));
        await page.ClickAsync(".edition-switch a[data-edition]");
        await page.WaitForURLAsync(url => site.Relative(url) == SitePages.Counterpart(chapter));
        Assert.Equal("#" + entry, Uri.UnescapeDataString(new Uri(page.Url).Fragment));
        var there = page.Locator($"[id='{entry}']");
        Assert.Equal("entry", await there.GetAttributeAsync("class"));
        Assert.NotEqual(title, await there.Locator(".entry-title").TextContentAsync()); // the same entry, in the other script
        Assert.True(await there.IsVisibleAsync());
        // The browser scrolls to the fragment once the page has laid out, which on a busy machine can come after the
        // address changed: wait for it (up to the timeout) rather than look once.
        var inView = await page.WaitForFunctionAsync(
            "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
            entry, new() { Timeout = 10_000 }).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        Assert.True(inView, "the entry is in view");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_footer_link_to_the_other_edition_keeps_the_anchor_as_well()
    {
        var chapter = SitePages.Chapter(site);
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url(chapter) + "#chapter-title");
        await page.ClickAsync(".site-footer a[data-edition]");
        await page.WaitForURLAsync(url => site.Relative(url) == SitePages.Counterpart(chapter));
        Assert.Equal("#chapter-title", new Uri(page.Url).Fragment);
        Assert.Equal("zh-Hant", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    private async Task<IEnumerable<string>> SwitchAsync(string relative)
    {
        var target = SitePages.Counterpart(relative);
        var targetEdition = target[..SitePages.Hans.Length];
        // The browser's language points at the edition the reader starts in, so only the remembered
        // choice can send the root page to the other one.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = targetEdition == SitePages.Hant ? "zh-CN" : "zh-TW",
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(relative));
            // A place on the page that the other edition has too: a heading written in Chinese where
            // there is one (anchors come from the source text), else an id in the middle of the page.
            var anchor = await page.EvaluateAsync<string>("""
                () => {
                  const ids = [...document.querySelectorAll('main [id]')].map(e => e.id);
                  return ids.find(id => /[^\x00-\x7f]/.test(id)) ?? ids[Math.floor(ids.length / 2)] ?? 'main';
                }
                """);
            await page.GotoAsync(site.Url(relative) + "#" + Uri.EscapeDataString(anchor));
            await page.ClickAsync(".edition-switch a[data-edition]");
            await page.WaitForURLAsync(url => site.Relative(url) == target);
            List<string> problems = [];
            var hash = Uri.UnescapeDataString(new Uri(page.Url).Fragment);
            if (hash != "#" + anchor)
            {
                problems.Add($"{relative}: landed on {target}{hash}, not #{anchor}");
            }

            if (!await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", anchor))
            {
                problems.Add($"{relative}: {target} has no #{anchor}");
            }

            var lang = await page.GetAttributeAsync("html", "lang");
            if (lang != SitePages.Lang(target))
            {
                problems.Add($"{relative}: {target} has lang={lang}");
            }

            var root = await context.NewPageAsync();
            await root.GotoAsync(site.Url(""));
            await root.WaitForURLAsync(url => site.Relative(url) is { } r && r != "");
            if (site.Relative(root.Url) != targetEdition)
            {
                problems.Add($"{relative}: after switching to {targetEdition}, the root page sent the reader to {root.Url}");
            }

            return problems;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
