using Microsoft.Playwright;
using Yearbook.BrowserTests;

namespace Yearbook.Bench;

/// <summary>
/// What the reader-side benchmark tools (tests/Yearbook.PageBenchmark, tests/Yearbook.SearchBenchmark) start
/// alike: their <c>--name value</c> options, the built site served on 127.0.0.1 as a static host serves it,
/// and headless Chromium (Debian's, or <c>YEARBOOK_CHROMIUM</c>). Shared as a source file each tool links.
/// </summary>
internal sealed class BenchmarkBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BenchmarkBrowser(StaticSiteServer server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The server of the built site.</summary>
    public StaticSiteServer Server { get; }

    /// <summary>The browser; each measurement opens its own context (an empty cache).</summary>
    public IBrowser Browser { get; }

    /// <summary>The options <c>--name value …</c> of <paramref name="args"/>, by name without dashes.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    /// <summary>Serves <paramref name="siteFolder"/> at <paramref name="pathBase"/> (over HTTP/2 and TLS when <paramref name="http2"/>) and starts Chromium.</summary>
    public static async Task<BenchmarkBrowser> StartAsync(string siteFolder, string pathBase, bool http2 = false)
    {
        var server = await StaticSiteServer.StartAsync(Path.GetFullPath(siteFolder), pathBase, http2);
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("YEARBOOK_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
            });
            return new BenchmarkBrowser(server, playwright, browser);
        }
        catch
        {
            playwright?.Dispose();
            await server.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
