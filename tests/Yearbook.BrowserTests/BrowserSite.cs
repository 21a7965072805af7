using Microsoft.Playwright;
using Yearbook.Build;

namespace Yearbook.BrowserTests;

/// <summary>
/// The sample yearbook, built once per test run into a temp folder with the repository's theme,
/// served over HTTP under a sub-path (as on a real host that publishes it at <c>/yearbook/</c>),
/// with one headless Chromium that every test opens its own contexts and pages in.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>The sub-path the site is published at; links must work under it, not only at the host's root.</summary>
    public const string PathBase = "/yearbook/";

    private readonly string _temp = Directory.CreateTempSubdirectory("yearbook-browser-").FullName;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site's folder.</summary>
    public string Output => Path.Combine(_temp, "_site");

    /// <summary>The build's result.</summary>
    public BuildResult Build { get; private set; } = null!;

    /// <summary>The address of the site's root page.</summary>
    public Uri Address => _server!.Address;

    /// <summary>The browser every test shares.</summary>
    public IBrowser Browser => _browser!;

    /// <summary>Every HTML page of the built site, as a path relative to the site's root (<c>zh-hans/honors/</c>, <c>404.html</c>).</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>
    /// False for the search pages while the theme's search script is not written yet (it is being
    /// built on another branch, with its own SearchTests); every other page is checked.
    /// </summary>
    public static bool IsReady(string page) =>
        !page.EndsWith("/search/", StringComparison.Ordinal) || File.Exists(Path.Combine(RepositoryPaths.Root, "themes", "default", "assets", "search.js"));

    /// <summary>The absolute address of a site path such as <c>zh-hans/honors/</c>.</summary>
    public string Url(string relative) => new Uri(Address, relative.TrimStart('/')).ToString();

    /// <summary>The site path of an absolute address on this server, or null when it points elsewhere.</summary>
    public string? Relative(string url)
    {
        var uri = new Uri(url);
        var root = Address.GetLeftPart(UriPartial.Path);
        var full = uri.GetLeftPart(UriPartial.Path);
        return full.StartsWith(root, StringComparison.Ordinal) ? Uri.UnescapeDataString(full[root.Length..]) : null;
    }

    /// <summary>Opens a fresh context (own storage, own language) with one page in it.</summary>
    public async Task<IPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var site = Path.Combine(_temp, "site");
        CopyFolder(RepositoryPaths.SampleSite, site);
        Directory.CreateSymbolicLink(Path.Combine(_temp, "themes"), Path.Combine(RepositoryPaths.Root, "themes"));
        Build = new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = Output, BaseUrl = PathBase }).Build();
        if (Build.ErrorCount > 0)
        {
            throw new InvalidOperationException("The sample site does not build: " + string.Join("\n", Build.Diagnostics));
        }

        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Select(path => path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)
            .ToList();
        _server = await StaticSiteServer.StartAsync(Output, PathBase);
        _playwright = await Playwright.CreateAsync();
        // Expect(...) retries for 5 s by default; give it the navigation timeout, as a loaded CI machine needs.
        Assertions.SetDefaultExpectTimeout(30_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium, installed by tests/setup; Playwright never downloads a browser here.
            ExecutablePath = Environment.GetEnvironmentVariable("YEARBOOK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_temp, recursive: true);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>Every browser test class shares one built site, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    /// <summary>The collection's name, for <c>[Collection(BrowserCollection.Name)]</c>.</summary>
    public const string Name = "browser";
}
