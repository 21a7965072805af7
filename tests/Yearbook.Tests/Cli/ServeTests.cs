using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Yearbook.Cli.Preview;

namespace Yearbook.Tests.Cli;

/// <summary>The preview server end to end: serve, edit, see the change; nothing outside the site served.</summary>
public sealed class ServeTests
{
    private static TempSite Site() => new TempSite()
        .Write("2025/economy/01-industry.md", "---\ntitle: 工业经济\n---\n\n第一稿。\n");

    [Fact]
    public async Task Edit_to_a_chapter_shows_up_in_the_served_page()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Contains("第一稿。", await http.GetStringAsync("zh-hant/2025/economy/industry/"));

        var rebuilt = WaitForBuild(server);
        var edited = Stopwatch.StartNew();
        File.WriteAllText(Path.Combine(site.Content, "2025/economy/01-industry.md"), "---\ntitle: 工业经济\n---\n\n第二稿发布。\n");
        var result = await rebuilt.WaitAsync(TimeSpan.FromSeconds(30));
        var page = await http.GetStringAsync("zh-hant/2025/economy/industry/");
        edited.Stop();

        Assert.True(result.Published);
        Assert.Contains("第二稿發佈。", page);
        Assert.Contains("<script src=\"/_yearbook/live.js\"></script>", page);
        Console.WriteLine($"edit to served page: {edited.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Broken_edit_keeps_the_last_good_page_and_reports_the_error()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient { BaseAddress = server.Address };

        var rebuilt = WaitForBuild(server);
        File.WriteAllText(Path.Combine(site.Content, "2025/economy/01-industry.md"), "---\ntitle: [坏\n---\n\n第二稿。\n");
        var result = await rebuilt.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "2025/economy/01-industry.md" && d.Location.Line == 2); // at the unclosed [
        Assert.Contains("第一稿。", await http.GetStringAsync("zh-hans/2025/economy/industry/"));
    }

    [Fact]
    public async Task A_rebuild_after_a_failed_one_is_timed_from_its_own_change()
    {
        using var site = Site();
        var clock = new ShiftedClock();
        var log = new StringWriter();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Synchronized(log), verbose: true, clock);
        await server.StartAsync(port: 0);
        var chapter = Path.Combine(site.Content, "2025/economy/01-industry.md");

        var failed = WaitForBuild(server);
        File.WriteAllText(chapter, "---\ntitle: [坏\n---\n\n第二稿。\n");
        Assert.False((await failed.WaitAsync(TimeSpan.FromSeconds(30))).Published);

        // The editor takes 46.7 s to find the mistake (the clock jumps instead of the test waiting).
        clock.MoveOn(TimeSpan.FromSeconds(46.7));
        var fixedBuild = WaitForBuild(server, published: true);
        File.WriteAllText(chapter, "---\ntitle: 工业经济\n---\n\n第二稿。\n");
        Assert.True((await fixedBuild.WaitAsync(TimeSpan.FromSeconds(30))).Published);

        // Both the summary and the steps' total count from the fix, not from the failed save before it.
        var lines = log.ToString().Split('\n');
        var rebuilt = lines.Last(l => l.StartsWith("Rebuilt ", StringComparison.Ordinal));
        var steps = lines.Last(l => l.Contains("steps in ms", StringComparison.Ordinal));
        var milliseconds = double.Parse(Regex.Match(rebuilt, @" in (\d+) ms").Groups[1].Value, CultureInfo.InvariantCulture);
        var total = double.Parse(Regex.Match(steps, @"; total ([\d.]+) ms").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(milliseconds, 0, 30_000);
        Assert.InRange(total, 0, 30_000);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/zh-hans/..%2f..%2f..%2fetc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/zh-hans/%2fetc%2fpasswd")]
    [InlineData("/no-such-page/")]
    public async Task Requests_outside_the_output_folder_get_404(string path)
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);
        using var http = new HttpClient();

        // A raw request line, so the client does not normalise the dots away first.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address!.GetLeftPart(UriPartial.Authority) + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Server_binds_loopback_by_default()
    {
        using var site = Site();
        await using var server = new PreviewServer(site.Content, "/", TextWriter.Null);
        await server.StartAsync(port: 0);

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(server.Address!.Host)));
    }

    [Fact]
    public async Task Stopping_serve_with_SIGTERM_removes_its_preview_folder()
    {
        using var site = Site();
        using var process = CliProcess.Start("serve", site.Content, "--port", "0");
        var errors = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Serving ", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        var previews = Directory.GetDirectories(Path.GetTempPath(), $"yearbook-preview-{process.Id}-*");
        Assert.Single(previews);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, process.ExitCode);
        Assert.False(Directory.Exists(previews[0]), $"left behind: {previews[0]}; stderr: {await errors}");
    }

    /// <summary>The next build's result; with <paramref name="published"/>, the next build that published.</summary>
    private static Task<BuildResult> WaitForBuild(PreviewServer server, bool published = false)
    {
        var done = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnBuilt(BuildResult result)
        {
            if (published && !result.Published)
            {
                return;
            }

            server.Built -= OnBuilt;
            done.TrySetResult(result);
        }

        server.Built += OnBuilt;
        return done.Task;
    }

    /// <summary>The system's clock, moved on at will: time passes without the test waiting for it.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private long _shift;

        public void MoveOn(TimeSpan time) => Interlocked.Add(ref _shift, (long)(time.TotalSeconds * TimestampFrequency));

        public override long GetTimestamp() => base.GetTimestamp() + Interlocked.Read(ref _shift);
    }
}
