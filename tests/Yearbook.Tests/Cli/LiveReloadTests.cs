using System.Net;
using System.Text.Json;
using Yearbook.Cli.Preview;
using Yearbook.Model;

namespace Yearbook.Tests.Cli;

/// <summary>
/// What the preview tells the open pages: the script they load, the reload after a save, and the
/// errors and warnings of the site as it stands (read from the event stream, as the script reads it).
/// </summary>
public sealed class LiveReloadTests
{
    private const string Chapter = "2025/economy/01-industry.md";
    private const string Page = "zh-hans/2025/economy/industry/";

    private static TempSite Site() => new TempSite()
        .Write(Chapter, "---\ntitle: 工业经济\n---\n\n第一稿。\n")
        .Write("2025/economy/02-trade.md", "---\ntitle: 商贸流通\n---\n\n商贸稳步发展。\n");

    [Fact]
    public async Task The_script_every_page_loads_is_served_as_JavaScript()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\"></script>", await http.GetStringAsync(Page), StringComparison.Ordinal);
        using var script = await http.GetAsync(LiveReload.ScriptPath.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LiveReload.Script, await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_save_sends_reload_to_the_open_pages()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var events = await EventStream.OpenAsync(http);
        Assert.Equal("text/event-stream", events.MediaType);
        Assert.Equal(Problems([], []), Parse(await events.WaitForAsync("problems"))); // what a page learns as it connects: nothing wrong

        File.WriteAllText(Path.Combine(site.Content, Chapter), "---\ntitle: 工业经济\n---\n\n第二稿。\n");

        await events.WaitForAsync("reload");
        Assert.Contains("第二稿。", await http.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_save_sends_its_error_with_place_and_code_and_the_fix_reloads()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var events = await EventStream.OpenAsync(http);
        await events.WaitForAsync("problems");

        // Front matter never closed.
        File.WriteAllText(Path.Combine(site.Content, Chapter), "---\ntitle: 工业经济\n\n第二稿。\n");
        var problems = Parse(await events.WaitForAsync("problems"));

        var error = Assert.Single(problems.Errors);
        Assert.Equal($"{site.Content}/{Chapter}(1,1)", error.Where);
        Assert.Equal("YB0102", error.Code);
        Assert.Equal("the front matter opened on line 1 is never closed: add a line '---' after the last field", error.Message);
        Assert.Empty(problems.Warnings);
        Assert.Contains("第一稿。", await http.GetStringAsync(Page), StringComparison.Ordinal); // the last good page stays

        File.WriteAllText(Path.Combine(site.Content, Chapter), "---\ntitle: 工业经济\n---\n\n第二稿。\n");
        await events.WaitForAsync("reload");
        using var reloaded = await EventStream.OpenAsync(http);
        Assert.Equal(Problems([], []), Parse(await reloaded.WaitForAsync("problems")));
        Assert.Contains("第二稿。", await http.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_site_with_an_error_publishes_the_rest_and_shows_the_error()
    {
        using var site = Site().Write("2025/economy/03-broken.md", "正文，没有前言。\n");
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };

        // What `build` publishes: every chapter but the broken one, and the indexes.
        Assert.Contains("第一稿。", await http.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.Contains("商贸稳步发展。", await http.GetStringAsync("zh-hans/2025/economy/trade/"), StringComparison.Ordinal);
        using var missing = await http.GetAsync("zh-hans/2025/economy/broken/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(LiveReload.ScriptPath, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var events = await EventStream.OpenAsync(http);
        var error = Assert.Single(Parse(await events.WaitForAsync("problems")).Errors);
        Assert.Equal(($"{site.Content}/2025/economy/03-broken.md(1,1)", "YB0105"), (error.Where, error.Code));

        // Fixed: the chapter appears and nothing is wrong any more.
        File.WriteAllText(Path.Combine(site.Content, "2025/economy/03-broken.md"), "---\ntitle: 修好的章\n---\n\n正文。\n");
        await events.WaitForAsync("reload");
        Assert.Contains("修好的章", await http.GetStringAsync("zh-hans/2025/economy/broken/"), StringComparison.Ordinal);
        using var reloaded = await EventStream.OpenAsync(http);
        Assert.Equal(Problems([], []), Parse(await reloaded.WaitForAsync("problems")));
    }

    [Fact]
    public async Task Serve_on_a_site_whose_settings_are_broken_still_answers_with_the_script()
    {
        using var site = Site().Write("yearbook.yml", "title: [坏\n");
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };

        // Nothing to publish, but the page still loads the script: the overlay says why, and the fix reloads it.
        using var response = await http.GetAsync("zh-hans/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(LiveReload.ScriptPath, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var events = await EventStream.OpenAsync(http);
        Assert.Contains(Parse(await events.WaitForAsync("problems")).Errors, e => e.Where.StartsWith($"{site.Content}/yearbook.yml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_of_chapters_not_edited_stay_listed_after_an_incremental_update()
    {
        using var site = Site().Write("2025/economy/02-trade.md", "---\ntitle: 商贸流通\nsumary: 拼错的字段\n---\n\n商贸稳步发展。\n");
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var events = await EventStream.OpenAsync(http);
        var before = Parse(await events.WaitForAsync("problems"));
        var warning = Assert.Single(before.Warnings);
        Assert.Equal(($"{site.Content}/2025/economy/02-trade.md(3,1)", "YB0106"), (warning.Where, warning.Code));

        // Another chapter edited: only it is read again, yet the page that reloads still lists the warning.
        File.WriteAllText(Path.Combine(site.Content, Chapter), "---\ntitle: 工业经济\n---\n\n第二稿。\n");
        await events.WaitForAsync("reload");
        using var reloaded = await EventStream.OpenAsync(http);
        Assert.Equal(before, Parse(await reloaded.WaitForAsync("problems")));

        // The warning fixed: it goes.
        File.WriteAllText(Path.Combine(site.Content, "2025/economy/02-trade.md"), "---\ntitle: 商贸流通\nsummary: 拼对的字段\n---\n\n商贸稳步发展。\n");
        await reloaded.WaitForAsync("reload");
        using var again = await EventStream.OpenAsync(http);
        Assert.Equal(Problems([], []), Parse(await again.WaitForAsync("problems")));
    }

    private sealed record Problem(string Where, string Code, string Message);

    private sealed record ProblemList(IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings)
    {
        public bool Equals(ProblemList? other) => other is not null && Errors.SequenceEqual(other.Errors) && Warnings.SequenceEqual(other.Warnings);

        public override int GetHashCode() => HashCode.Combine(Errors.Count, Warnings.Count);

        public override string ToString() => $"errors [{string.Join("; ", Errors)}], warnings [{string.Join("; ", Warnings)}]";
    }

    private static ProblemList Problems(IReadOnlyList<Problem> errors, IReadOnlyList<Problem> warnings) => new(errors, warnings);

    private static ProblemList Parse(string data)
    {
        using var json = JsonDocument.Parse(data);
        static List<Problem> List(JsonElement items) => items.EnumerateArray()
            .Select(p => new Problem(p.GetProperty("where").GetString()!, p.GetProperty("code").GetString()!, p.GetProperty("message").GetString()!))
            .ToList();
        return new ProblemList(List(json.RootElement.GetProperty("errors")), List(json.RootElement.GetProperty("warnings")));
    }
}
