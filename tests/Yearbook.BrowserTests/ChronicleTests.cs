namespace Yearbook.BrowserTests;

/// <summary>
/// The chronicle in the browser: the edition switch lands on the same date anchor of the chronicle
/// page and of a chronicle chapter, and a chapter's citation gets its access date, its full address
/// and a copy button from the page's script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChronicleTests(BrowserSite site)
{
    [Theory]
    [InlineData("zh-hans/chronicle/2020/", "d2020-04-30")]
    [InlineData("zh-hant/chronicle/2016/", "d2016-06")]
    [InlineData("zh-hans/2021/chronicle/chronicle-2020/", "d2020-04-30")]
    [InlineData("zh-hant/2025/chronicle/chronicle-2024/", "d2025-02-05")]
    public async Task Edition_switch_lands_on_the_same_date_anchor(string relative, string anchor)
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url(relative) + "#" + anchor);
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", anchor), $"{relative} has no #{anchor}");

        await page.ClickAsync(".edition-switch a[data-edition]");
        await page.WaitForURLAsync(url => site.Relative(url) == SitePages.Counterpart(relative));

        Assert.Equal("#" + anchor, new Uri(page.Url).Fragment);
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", anchor), $"{SitePages.Counterpart(relative)} has no #{anchor}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Citation_gets_todays_date_its_full_address_and_a_copy_button()
    {
        var page = await site.OpenAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync(site.Url("zh-hans/2021/chronicle/chronicle-2020/"));

        var text = await page.TextContentAsync("#citation-text");
        var today = await page.EvaluateAsync<string>("() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        Assert.Equal($"源汇区年鉴编辑部. 2020年大事记[M/OL]//源汇区地方史志编纂委员会. 源汇区年鉴（2021）. 郑州: 中州古籍出版社, 2021[{today}]. {site.Url("zh-hans/2021/chronicle/chronicle-2020/")}.", text);

        var button = page.Locator("[data-copy]");
        Assert.True(await button.IsVisibleAsync(), "the copy button shows once the script can copy");
        await button.ClickAsync();
        Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }
}
