using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// Search as a Chinese reader uses it: a query typed in either script, without spaces, on either
/// edition's search page, answered by the theme's search.js from the static index.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    private const string Results = "#search-results";

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public async Task A_query_in_either_script_finds_the_same_chapters_in_the_readers_edition(string edition)
    {
        var page = await site.OpenAsync();
        var problems = new PageProblems(page);
        var simplified = await SearchAsync(page, edition, "医疗器械");
        var traditional = await SearchAsync(page, edition, "醫療器械");

        // The sample names 医疗器械 in several chapters, one of them written in Traditional script.
        Assert.True(simplified.Count >= 3, string.Join(", ", simplified));
        Assert.Equal(simplified.Order(), traditional.Order());
        Assert.All(simplified, url => Assert.StartsWith($"{BrowserSite.PathBase}{edition}/20", url, StringComparison.Ordinal));
        Assert.Contains(simplified, url => url.EndsWith("/2023/industry/leading-industries/", StringComparison.Ordinal));
        Assert.Empty(problems.All);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Both_editions_find_the_same_chapters()
    {
        var page = await site.OpenAsync();
        var simplified = await SearchAsync(page, "zh-hans", "扶贫");
        var traditional = await SearchAsync(page, "zh-hant", "扶贫");
        Assert.NotEmpty(simplified);
        Assert.Equal(simplified, traditional.Select(url => url.Replace("/zh-hant/", "/zh-hans/", StringComparison.Ordinal)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Title_hits_come_first()
    {
        var page = await site.OpenAsync();
        await SearchAsync(page, "zh-hans", "鄉村振興");
        var titles = await page.Locator($"{Results} .search-title").AllTextContentsAsync();
        var inTitle = titles.Select(t => t.Contains("乡村振兴", StringComparison.Ordinal)).ToList();
        Assert.True(inTitle.Contains(true) && inTitle.Contains(false), string.Join(" | ", titles));
        Assert.Equal(inTitle.OrderByDescending(t => t), inTitle);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-hans", "醫療器械", "医疗器械")]
    [InlineData("zh-hant", "医疗器械", "醫療器械")]
    public async Task Excerpts_are_in_the_readers_script_with_the_match_highlighted(string edition, string query, string shown)
    {
        var page = await site.OpenAsync();
        await SearchAsync(page, edition, query);
        var marks = await page.Locator($"{Results} .search-excerpt mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal(shown, mark));
        var excerpts = await page.Locator($"{Results} .search-excerpt").AllTextContentsAsync();
        Assert.All(excerpts, excerpt => Assert.Contains(shown, excerpt, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_form_answers_in_place_and_the_edition_switch_keeps_the_query()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url("zh-hans/search/"));
        await page.FillAsync("#search-q", "醫療器械");
        await page.ClickAsync(".search-form button[type=submit]");
        await WaitForAnswerAsync(page, "醫療器械");
        Assert.Equal("done", await page.GetAttributeAsync(Results, "data-state"));
        Assert.EndsWith("/zh-hans/search/?q=" + Uri.EscapeDataString("醫療器械"), page.Url, StringComparison.Ordinal);
        var found = await ResultUrlsAsync(page);

        await page.ClickAsync(".edition-switch a[data-edition]");
        await page.WaitForURLAsync(url => url.Contains("/zh-hant/search/", StringComparison.Ordinal));
        await WaitForAnswerAsync(page, "醫療器械");
        Assert.Equal("醫療器械", await page.InputValueAsync("#search-q"));
        var there = await ResultUrlsAsync(page);
        Assert.Equal(found.Select(u => u.Replace("/zh-hans/", "/zh-hant/", StringComparison.Ordinal)), there);
        Assert.Contains("主導產業", await page.Locator($"{Results} .search-title").AllTextContentsAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_a_query_fetches_its_shards_so_the_search_asks_for_none()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(site.Url("zh-hans/search/"));
        var asked = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/shards/", StringComparison.Ordinal))
            {
                lock (asked)
                {
                    asked.Add(request.Url);
                }
            }
        };

        // Typed a character at a time, as input events; the shards come while the query is not yet submitted.
        var prefetched = page.WaitForRequestFinishedAsync(new PageWaitForRequestFinishedOptions
        {
            Predicate = request => request.Url.Contains("/search/shards/", StringComparison.Ordinal),
        });
        await page.Locator("#search-q").PressSequentiallyAsync("乡村振兴");
        await prefetched;
        string[] before;
        lock (asked)
        {
            before = [.. asked];
        }

        // Every shard asked for has arrived (a resource entry is made when a response ends), so none is in flight at submit.
        await page.WaitForFunctionAsync("urls => urls.every(u => performance.getEntriesByName(u).length > 0)", before);
        Assert.DoesNotContain("?q=", page.Url, StringComparison.Ordinal);

        await page.Locator("#search-q").PressAsync("Enter");
        await WaitForAnswerAsync(page, "乡村振兴");
        Assert.Equal("done", await page.GetAttributeAsync(Results, "data-state"));
        lock (asked)
        {
            Assert.NotEmpty(before);
            Assert.Equal(before, asked);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task More_results_come_below_the_first_ten_in_order()
    {
        var page = await site.OpenAsync();
        var problems = new PageProblems(page);
        var first = await SearchAsync(page, "zh-hant", "源汇区");
        var status = await page.Locator($"{Results} .search-status").TextContentAsync() ?? "";
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(status, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 10, status);
        Assert.Equal(10, first.Count);

        // Ten more at each click (the sample has more than twenty chapters naming 源汇区).
        for (var shown = 10; shown < total; shown += 10)
        {
            await page.ClickAsync(".search-more");
            await page.WaitForFunctionAsync("n => document.getElementById('search-results').dataset.state === 'done' && document.querySelectorAll('#search-results li').length > n", shown);
        }

        var all = await ResultUrlsAsync(page);
        Assert.Equal(total, all.Count);
        Assert.Equal(first, all.Take(10));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(0, await page.Locator(".search-more").CountAsync());
        Assert.Empty(problems.All);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_result_link_opens_the_chapter_in_the_readers_edition()
    {
        var page = await site.OpenAsync();
        await SearchAsync(page, "zh-hant", "主导产业");
        await page.Locator($"{Results} .search-title a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/zh-hant/2023/industry/leading-industries/", StringComparison.Ordinal));
        Assert.Equal("zh-Hant", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public async Task A_search_for_an_entrys_words_lists_the_entry_and_takes_the_reader_to_it(string edition)
    {
        // 美沙瓦 is named only in the 2025 volume's entry 【项目投产】.
        var page = await site.OpenAsync();
        var problems = new PageProblems(page);
        var found = await SearchAsync(page, edition, "美沙瓦");
        var url = Assert.Single(found);
        Assert.EndsWith($"{edition}/2025/industry/manufacturing-circular-economy/#项目投产", Uri.UnescapeDataString(url), StringComparison.Ordinal);
        Assert.Equal(edition == "zh-hans" ? "项目投产" : "項目投產", await page.Locator($"{Results} .search-title").First.TextContentAsync());

        await page.Locator($"{Results} .search-title a").First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains($"/{edition}/2025/industry/manufacturing-circular-economy/#", StringComparison.Ordinal));
        Assert.Equal("#项目投产", Uri.UnescapeDataString(new Uri(page.Url).Fragment));
        Assert.True(await page.EvaluateAsync<bool>("() => { const e = document.getElementById('项目投产'), r = e.getBoundingClientRect(); return document.querySelector(':target') === e && r.top >= 0 && r.top < window.innerHeight; }"),
            "the page opened at the entry, which is the target and in view");
        Assert.Empty(problems.All);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_query_without_matches_says_so()
    {
        var page = await site.OpenAsync();
        Assert.Empty(await SearchAsync(page, "zh-hant", "量子计算机"));
        Assert.Equal("empty", await page.GetAttributeAsync(Results, "data-state"));
        Assert.Contains("沒有找到", await page.TextContentAsync(Results), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>Opens the edition's search page with <c>?q=</c> and returns the result addresses once they are shown.</summary>
    private async Task<List<string>> SearchAsync(IPage page, string edition, string query)
    {
        await page.GotoAsync(site.Url($"{edition}/search/?q={Uri.EscapeDataString(query)}"));
        await WaitForAnswerAsync(page, query);
        return await ResultUrlsAsync(page);
    }

    private static async Task WaitForAnswerAsync(IPage page, string query) =>
        await page.WaitForFunctionAsync(
            "q => { const r = document.getElementById('search-results'); return r.dataset.query === q && (r.dataset.state === 'done' || r.dataset.state === 'empty' || r.dataset.state === 'error'); }",
            query);

    private static async Task<List<string>> ResultUrlsAsync(IPage page) =>
        [.. (await page.Locator($"{Results} .search-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))];
}
