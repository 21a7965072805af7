using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// The root page sends a first-time reader to the edition of the browser's language, and its two
/// links take a reader without JavaScript to either edition.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RootPageTests(BrowserSite site)
{
    [Theory]
    [InlineData("zh-TW", SitePages.Hant)]
    [InlineData("zh-HK", SitePages.Hant)]
    [InlineData("zh-MO", SitePages.Hant)]
    [InlineData("zh-Hant", SitePages.Hant)]
    [InlineData("zh-Hant-TW", SitePages.Hant)]
    [InlineData("zh-CN", SitePages.Hans)]
    [InlineData("zh-SG", SitePages.Hans)]
    [InlineData("zh-Hans-HK", SitePages.Hans)]
    [InlineData("zh", SitePages.Hans)]
    [InlineData("en-US", SitePages.Hans)]
    public async Task A_first_time_reader_is_sent_to_the_edition_of_the_browser_language(string locale, string edition)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        await page.WaitForURLAsync(url => site.Relative(url) is { } r && r != "");
        Assert.Equal(edition, site.Relative(page.Url));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Both_edition_links_work_without_JavaScript_and_say_enter_in_their_own_script()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-TW" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        Assert.Equal("", site.Relative(page.Url));
        Assert.Equal("进入简体版", (await page.InnerTextAsync("a.root-edition[lang=zh-Hans] .root-edition-enter")).Trim());
        Assert.Equal("進入繁體版", (await page.InnerTextAsync("a.root-edition[lang=zh-Hant] .root-edition-enter")).Trim());
        foreach (var (lang, edition) in new[] { ("zh-Hans", SitePages.Hans), ("zh-Hant", SitePages.Hant) })
        {
            await page.GotoAsync(site.Url(""));
            await page.ClickAsync($"a.root-edition[lang={lang}]");
            await page.WaitForURLAsync(url => site.Relative(url) == edition);
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        }

        await context.CloseAsync();
    }

    [Fact]
    public async Task The_choose_parameter_keeps_the_reader_on_the_root_page()
    {
        var page = await site.OpenAsync(new BrowserNewContextOptions { Locale = "zh-TW" });
        await page.GotoAsync(site.Url("?choose"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("", site.Relative(page.Url));
        Assert.Equal(2, await page.Locator("a.root-edition").CountAsync());
        await page.Context.CloseAsync();
    }
}
