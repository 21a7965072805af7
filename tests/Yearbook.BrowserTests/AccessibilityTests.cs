using System.Text.Json;
using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// Every page works with a keyboard and a screen reader: axe-core finds nothing serious, the page
/// has its landmarks and the right <c>lang</c>, the skip link is the first stop and focus is visible.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js")));

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_page()
    {
        var context = await site.Browser.NewContextAsync();
        var problems = await Parallel.Pages(site.Pages.Where(BrowserSite.IsReady), async relative =>
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(SitePages.Visit(site, relative));
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript.Value });
            var found = await page.EvaluateAsync<string[]>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
                """);
            await page.CloseAsync();
            return found.Select(f => $"{relative}: {f}");
        });
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Axe_is_loaded_and_reports_a_violation_on_a_broken_page()
    {
        // Guards the test above: the same run reports an image without a text alternative.
        var page = await site.OpenAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"zh\"><title>x</title><main><img src=\"data:,\"></main></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript.Value });
        var ids = await page.EvaluateAsync<string[]>("async () => (await axe.run()).violations.filter(v => v.impact === 'critical').map(v => v.id)");
        await page.Context.CloseAsync();
        Assert.Contains("image-alt", ids);
    }

    [Fact]
    public async Task Every_page_has_its_landmarks_and_the_lang_of_its_edition()
    {
        var context = await site.Browser.NewContextAsync();
        var problems = await Parallel.Pages(site.Pages.Where(BrowserSite.IsReady), async relative =>
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(SitePages.Visit(site, relative));
            var found = await page.EvaluateAsync<string[]>("""
                root => {
                  const problems = [];
                  const count = s => document.querySelectorAll(s).length;
                  if (count('main') !== 1) problems.push(`${count('main')} main elements`);
                  if (!root) {
                    if (count('body > header') !== 1) problems.push('no banner (body > header)');
                    if (count('body > footer') !== 1) problems.push('no contentinfo (body > footer)');
                    if (count('header nav[aria-label]') < 1) problems.push('no labelled navigation in the header');
                  }
                  for (const e of document.querySelectorAll('[lang]'))
                    if (!['zh', 'zh-Hans', 'zh-Hant'].includes(e.lang)) problems.push(`lang="${e.lang}" on ${e.tagName}`);
                  for (const e of document.querySelectorAll('[aria-labelledby]'))
                    for (const id of e.getAttribute('aria-labelledby').split(/\s+/))
                      if (!document.getElementById(id)) problems.push(`aria-labelledby names a missing #${id}`);
                  return problems;
                }
                """, relative == "");
            var lang = await page.GetAttributeAsync("html", "lang");
            await page.CloseAsync();
            return found.Concat(lang == SitePages.Lang(relative) ? [] : [$"html lang={lang}"]).Select(f => $"{relative}: {f}");
        });
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(SitePages.Hans)]
    [InlineData("chapter")]
    [InlineData("zh-hant/statistics/")]
    public async Task The_skip_link_comes_first_and_every_keyboard_stop_shows_a_focus_ring(string which)
    {
        var relative = which == "chapter" ? SitePages.Chapter(site) : which;
        var page = await site.OpenAsync(PhoneLayoutTests.Phone);
        await page.GotoAsync(site.Url(relative));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is not on screen");

        // The first forty stops after it, through header, navigation and into the content.
        var problems = new List<string>();
        for (var stop = 0; stop < 40; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const e = document.activeElement, s = getComputedStyle(e);
                  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                  return { what: e.outerHTML.slice(0, 80), visible: outline || s.boxShadow !== 'none', body: e === document.body };
                }
                """);
            if (ring.GetProperty("body").GetBoolean())
            {
                break;
            }

            if (!ring.GetProperty("visible").GetBoolean())
            {
                problems.Add("no focus ring on " + ring.GetProperty("what").GetString());
            }
        }

        // Following the skip link puts the keyboard in the main content.
        await page.GotoAsync(site.Url(relative));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
