using System.Net;
using System.Text;
using Yearbook.Cli.Preview;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// The preview server under rough treatment: readers who hang up mid-response, a burst of requests,
/// and edits that arrive while a build is still running. After each, it must still serve the right pages.
/// </summary>
public sealed class PreviewServerTests
{
    private const string ChapterFile = "2025/economy/01-industry.md";
    private const string ChapterPage = "zh-hans/2025/economy/industry/";

    // About 600 KB of page: large enough that a reader who stops after the first bytes leaves the
    // server in the middle of writing it.
    private static readonly string LongBody = string.Concat(Enumerable.Range(1, 3000).Select(i => $"第{i}段：源汇区推进产业发展和城市建设。\n\n"));

    private static TempSite Site(string body) => new TempSite()
        .Write(ChapterFile, $"---\ntitle: 工业经济\n---\n\n{body}\n")
        .Write("2025/economy/02-trade.md", "---\ntitle: 商贸流通\n---\n\n商贸稳步发展。\n");

    [Fact]
    public async Task Readers_who_hang_up_mid_response_do_not_disturb_the_server()
    {
        using var site = Site(LongBody);
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };

        for (var i = 0; i < 20; i++)
        {
            // A page read for a few bytes, then dropped.
            using (var response = await http.GetAsync(ChapterPage, HttpCompletionOption.ResponseHeadersRead))
            await using (var body = await response.Content.ReadAsStreamAsync())
            {
                Assert.True(await body.ReadAsync(new byte[512]) > 0);
            }

            // The live-reload stream, opened and dropped after its greeting.
            using (var events = await http.GetAsync("_yearbook/events", HttpCompletionOption.ResponseHeadersRead))
            await using (var stream = await events.Content.ReadAsStreamAsync())
            {
                Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
                var greeting = new byte[": connected".Length];
                await stream.ReadExactlyAsync(greeting);
                Assert.Equal(": connected", Encoding.UTF8.GetString(greeting));
            }
        }

        var page = await http.GetStringAsync(ChapterPage);
        Assert.Contains("第3000段", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_a_thousand_requests_is_answered_in_full()
    {
        using var site = Site("第一稿。");
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        string[] paths = [ChapterPage, "zh-hant/2025/economy/industry/", "zh-hans/", "assets/site.css", "no-such-page/"];

        var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            var path = paths[i % paths.Length];
            using var response = await http.GetAsync(path);
            return (Path: path, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        foreach (var (path, status, body) in responses)
        {
            Assert.Equal(path == "no-such-page/" ? HttpStatusCode.NotFound : HttpStatusCode.OK, status);
        }

        Assert.All(responses.Where(r => r.Path == ChapterPage), r => Assert.Contains("第一稿。", r.Body, StringComparison.Ordinal));
        Assert.All(responses.Where(r => r.Path.StartsWith("zh-hant/", StringComparison.Ordinal)), r => Assert.Contains("第一稿。", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edits_made_while_a_build_runs_are_all_built_and_the_last_one_is_served()
    {
        using var site = Site("第一稿。");
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        var results = new List<BuildResult>();
        server.Built += result => { lock (results) { results.Add(result); } };

        // A theme change forces a full build. Each of the next builds, as it starts, gets a new edit of
        // the chapter: the change arrives while that build runs and must be picked up by a later one.
        var chapter = Path.Combine(site.Content, ChapterFile);
        var draft = 1;
        server.Building += () =>
        {
            if (draft < 6)
            {
                draft++;
                File.WriteAllText(chapter, $"---\ntitle: 工业经济\n---\n\n第{draft}稿。\n", Encoding.UTF8);
            }
        };
        File.AppendAllText(Path.Combine(site.Root, "themes/default/assets/site.css"), "\n/* edited */\n");

        var last = await WaitUntilServed(server, http, ChapterPage, "第6稿。", TimeSpan.FromSeconds(60));

        Assert.Contains("第6稿。", last, StringComparison.Ordinal);
        lock (results)
        {
            // The theme build and at least one more for the edits that arrived during builds.
            Assert.True(results.Count >= 2, $"{results.Count} builds");
            Assert.All(results, r => Assert.True(r.Published, string.Join("\n", r.Diagnostics.Select(d => d.Format()))));
        }

        Assert.Contains("/* edited */", await http.GetStringAsync("assets/site.css"), StringComparison.Ordinal);
        Assert.Contains("第6稿。", await http.GetStringAsync("zh-hant/2025/economy/industry/"), StringComparison.Ordinal);
    }

    /// <summary>Waits, build by build, until <paramref name="path"/> holds <paramref name="text"/>.</summary>
    private static async Task<string> WaitUntilServed(PreviewServer server, HttpClient http, string path, string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var builds = new SemaphoreSlim(0);
        server.Built += _ => builds.Release();
        while (true)
        {
            var page = await http.GetStringAsync(path, cancel.Token);
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }

            await builds.WaitAsync(cancel.Token);
        }
    }
}
