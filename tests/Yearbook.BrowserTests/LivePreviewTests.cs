using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// <c>yearbook serve</c> on a copy of the sample site, in Chromium, as an editor uses it: a saved
/// chapter reloads its open page; a broken one shows its error over the page until it is fixed; a
/// site that starts broken serves the rest with the error shown; warnings wait in a closed panel.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePreviewTests(BrowserSite browser)
{
    private const string Chapter = "2025/industry/01-manufacturing-circular-economy.md";
    private const string ChapterPage = "zh-hans/2025/industry/manufacturing-circular-economy/";
    private const string ChapterTitle = "智能制造与循环经济";

    [Fact]
    public async Task Saving_a_chapter_reloads_its_open_page_with_the_new_text()
    {
        await using var serve = await PreviewProcess.StartAsync();
        var (page, _) = await OpenAsync(serve, ChapterPage);
        const string added = "实时预览里新写的一句话。";
        Assert.Equal(0, await page.GetByText(added).CountAsync());

        var reloaded = Reloaded(page);
        await File.AppendAllTextAsync(serve.File(Chapter), $"\n{added}\n");

        await reloaded.WaitAsync(TimeSpan.FromMinutes(1));
        await page.GetByText(added).WaitForAsync();
        Assert.Equal(serve.Url(ChapterPage), page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_broken_chapter_shows_its_error_over_the_page_until_it_is_fixed()
    {
        await using var serve = await PreviewProcess.StartAsync();
        var (page, events) = await OpenAsync(serve, ChapterPage);
        var good = await File.ReadAllTextAsync(serve.File(Chapter));

        // The front matter's closing line deleted: it is never closed.
        await File.WriteAllTextAsync(serve.File(Chapter), WithoutClosingLine(good));

        var overlay = page.Locator("#yearbook-errors");
        await overlay.WaitForAsync();
        var text = await overlay.InnerTextAsync();
        Assert.Contains($"{serve.Site}/{Chapter}(1,1)", text, StringComparison.Ordinal);
        Assert.Contains("YB0102", text, StringComparison.Ordinal);
        Assert.Contains("never closed", text, StringComparison.Ordinal);
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));
        Assert.Equal(ChapterTitle, await page.Locator("main h1").InnerTextAsync()); // the last good page underneath

        // Fixed (with a new sentence): the page reloads with it, and the reloaded page is told nothing is wrong.
        const string added = "修好以后新写的一句话。";
        var reloaded = Reloaded(page);
        await File.WriteAllTextAsync(serve.File(Chapter), good + $"\n{added}\n");
        await reloaded.WaitAsync(TimeSpan.FromMinutes(1));
        await events.WaitForAsync("reload");
        Assert.Equal((0, 0), await events.WaitForProblemsAsync());
        await page.GetByText(added).WaitForAsync();
        Assert.Equal(0, await page.Locator("#yearbook-problems").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Serve_on_a_site_with_a_broken_chapter_serves_the_others_and_shows_the_error()
    {
        await using var serve = await PreviewProcess.StartAsync(site =>
        {
            var chapter = Path.Combine(site, Chapter);
            File.WriteAllText(chapter, WithoutClosingLine(File.ReadAllText(chapter)));
        });

        // Another chapter's page, as `build` would publish it, with the error over it.
        var (page, _) = await OpenAsync(serve, "zh-hans/2025/agriculture/rural-revitalization/");
        Assert.True((await page.Locator("main h1").InnerTextAsync()).Length > 0);
        var overlay = page.Locator("#yearbook-errors");
        await overlay.WaitForAsync();
        Assert.Contains($"{serve.Site}/{Chapter}(1,1)", await overlay.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("YB0102", await overlay.InnerTextAsync(), StringComparison.Ordinal);

        // The broken chapter's own address: not published, and the error shown there too.
        var missing = await page.GotoAsync(serve.Url(ChapterPage));
        Assert.Equal(404, missing!.Status);
        await page.Locator("#yearbook-errors").WaitForAsync();
        Assert.Contains("YB0102", await page.Locator("#yearbook-errors").InnerTextAsync(), StringComparison.Ordinal);

        // Fixed: the page it is on reloads into the chapter.
        var reloaded = Reloaded(page);
        await File.WriteAllTextAsync(serve.File(Chapter), await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.SampleSite, Chapter)));
        await reloaded.WaitAsync(TimeSpan.FromMinutes(1));
        await page.Locator("main h1", new() { HasText = ChapterTitle }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Warnings_wait_in_a_closed_panel_and_show_their_text_as_text()
    {
        // An unknown field whose name is markup: the warning quotes it, and it must not become an element.
        const string field = "<b id=\"injected\">粗体</b>";
        await using var serve = await PreviewProcess.StartAsync(site =>
        {
            var chapter = Path.Combine(site, Chapter);
            File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("\norder: 1\n", $"\norder: 1\n{field}: 1\n", StringComparison.Ordinal));
        });
        var (page, _) = await OpenAsync(serve, ChapterPage);

        var panel = page.Locator("details#yearbook-warnings");
        await panel.WaitForAsync();
        Assert.Equal(0, await page.Locator("#yearbook-errors").CountAsync());
        Assert.Matches(@"^\d+ warnings?$", await panel.Locator("summary").InnerTextAsync());
        var item = panel.Locator("li", new() { HasText = $"{serve.Site}/{Chapter}(5,1)" });
        Assert.False(await item.IsVisibleAsync()); // closed until asked

        await panel.Locator("summary").ClickAsync();

        Assert.True(await item.IsVisibleAsync());
        Assert.Contains($"YB0106: unknown field '{field}'", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Opens <paramref name="path"/> in a fresh page and waits until its live-reload script has heard from the server.</summary>
    private async Task<(IPage Page, ReceivedEvents Events)> OpenAsync(PreviewProcess serve, string path)
    {
        var page = await browser.OpenAsync();
        var events = await ReceivedEvents.WatchAsync(page);
        var response = await page.GotoAsync(serve.Url(path));
        Assert.True(response!.Ok, $"{path}: {response.Status}\n{serve.Output}");
        await events.WaitForAsync("problems"); // sent to every page as it connects
        return (page, events);
    }

    /// <summary>Completes when <paramref name="page"/> next finishes loading: the live script reloaded it.</summary>
    private static Task Reloaded(IPage page)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage p)
        {
            page.Load -= OnLoad;
            loaded.TrySetResult();
        }

        page.Load += OnLoad;
        return loaded.Task;
    }

    /// <summary>The chapter with the line that closes its front matter deleted.</summary>
    private static string WithoutClosingLine(string chapter)
    {
        var closing = chapter.IndexOf("\n---\n", StringComparison.Ordinal);
        Assert.True(closing > 0);
        return chapter.Remove(closing + 1, "---\n".Length);
    }
}
