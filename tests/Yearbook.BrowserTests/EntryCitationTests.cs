using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// Every entry (条目) offers its citation: a closed 引用本条 under the entry opens on the GB/T 7714 text with the
/// access date and full address filled in by the page's script, and its copy button copies exactly that.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryCitationTests(BrowserSite site)
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js")));

    [Theory]
    [InlineData("zh-hans", "引用本条", "源汇区年鉴编辑部. 招商引资[M/OL]//源汇区地方史志编纂委员会. 源汇区年鉴（2025）. 郑州: 中州古籍出版社, 2025")]
    [InlineData("zh-hant", "引用本條", "源匯區年鑑編輯部. 招商引資[M/OL]//源匯區地方史志編纂委員會. 源匯區年鑑（2025）. 鄭州: 中州古籍出版社, 2025")]
    public async Task The_copy_button_of_an_entry_copies_its_citation(string edition, string summary, string head)
    {
        var chapter = $"{edition}/2025/industry/manufacturing-circular-economy/";
        var page = await site.OpenAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync(site.Url(chapter));
        var box = page.Locator("p[id='招商引资'] + .entry-tools details.entry-cite");
        var button = box.Locator("button[data-copy]");
        Assert.False(await button.IsVisibleAsync(), "closed until the reader opens it");

        await box.Locator("summary").ClickAsync();
        Assert.StartsWith(summary, await box.Locator("summary").TextContentAsync());
        var text = await box.Locator(".citation-text").TextContentAsync();
        var today = await page.EvaluateAsync<string>("() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        // The entry's address is the chapter's with the entry's id, the same in both editions.
        Assert.Equal($"{head}[{today}]. {site.Url(chapter)}#招商引资.", text);
        Assert.True(await button.IsVisibleAsync(), "the copy button shows once the box is open and the script can copy");
        await button.ClickAsync();
        Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // Open, the box is as accessible as the rest of the page.
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript.Value });
        var found = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(found.Length == 0, string.Join("\n", found));
        await page.Context.CloseAsync();
    }
}
