using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yearbook.Build;
using static Microsoft.Playwright.Assertions;

namespace Yearbook.BrowserTests;

/// <summary>The constructed site whose index parts run over several pages (tests/Yearbook.Tests/IndexParts/LongIndexSite.cs), built and served once.</summary>
public sealed class LongIndexServer : IAsyncLifetime
{
    private readonly string _temp = Directory.CreateTempSubdirectory("yearbook-browser-long-").FullName;
    private StaticSiteServer? _server;

    /// <summary>The absolute address of a site path such as <c>zh-hans/honors/</c>.</summary>
    public string Url(string relative) => new Uri(_server!.Address, relative).ToString();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var site = Path.Combine(_temp, "site");
        Yearbook.Tests.LongIndexSite.Write(site);
        Directory.CreateSymbolicLink(Path.Combine(_temp, "themes"), Path.Combine(RepositoryPaths.Root, "themes"));
        var output = Path.Combine(_temp, "_site");
        var build = new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = output, BaseUrl = BrowserSite.PathBase }).Build();
        if (build.ErrorCount > 0)
        {
            throw new InvalidOperationException("The long index site does not build: " + string.Join("\n", build.Diagnostics));
        }

        _server = await StaticSiteServer.StartAsync(output, BrowserSite.PathBase);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_temp, recursive: true);
    }
}

/// <summary>
/// A reader walks from an index's landing page to a long part and on to its page 2 by the numbered navigation, in
/// both editions, on a site whose parts run over several pages (the sample's do not); axe finds nothing serious on
/// any of the three pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NumberedPagesTests(BrowserSite site, LongIndexServer server) : IClassFixture<LongIndexServer>
{
    /// <summary>The current page's number in a part's numbered navigation (第1页, or 1 on a statistics category).</summary>
    private const string Current = "main :is(.part-pages, .page-numbers) [aria-current=page]";

    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js")));

    [Theory]
    [InlineData("zh-hans", "honors/", "2023/", ".honors-counts tbody th a")]
    [InlineData("zh-hant", "honors/", "2023/", ".honors-counts tbody th a")]
    [InlineData("zh-hans", "subjects/", "b/", ".chips a")]
    [InlineData("zh-hant", "subjects/", "b/", ".chips a")]
    [InlineData("zh-hans", "statistics/", "category/economy/", "#by-category-title + .table-scroll tbody a")]
    [InlineData("zh-hant", "statistics/", "category/economy/", "#by-category-title + .table-scroll tbody a")]
    public async Task Landing_page_leads_to_a_long_part_and_its_page_2(string edition, string index, string part, string partLinks)
    {
        var landing = $"{edition}/{index}";
        var walk = await IndexWalk.StartAsync(site, landing, server.Url);
        var page = walk.Page;
        var problems = await AxeAsync(page);

        // The part's link on the landing page leads to its first page.
        await walk.FollowAsync(page.Locator($"main {partLinks}[href$='/{landing}{part}']"), landing + part);
        await Expect(page.Locator(Current).First).ToHaveTextAsync(new Regex(@"^\D*1\D*$"));
        problems.AddRange(await AxeAsync(page));

        // Its numbered navigation leads to page 2, which marks itself and links back to page 1.
        await walk.FollowAsync(page.Locator("main :is(.part-pages, .page-numbers) [href$='/2/']").First, landing + part + "2/");
        await Expect(page.Locator(Current).First).ToHaveTextAsync(new Regex(@"^\D*2\D*$"));
        await Expect(page.Locator($"main :is(.part-pages, .page-numbers) [href$='/{landing}{part}']").First).ToBeVisibleAsync();
        problems.AddRange(await AxeAsync(page));

        await walk.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The serious and critical axe-core violations of the page as it is.</summary>
    private static async Task<List<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript.Value });
        var found = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${location.pathname}: ${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        return [.. found];
    }
}
