using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// Screenshots for a person to look at, taken only when <c>YEARBOOK_SCREENSHOTS</c> names a folder:
/// <c>YEARBOOK_SCREENSHOTS=/tmp/shots dotnet test tests/Yearbook.BrowserTests --filter ScreenshotTests</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("YEARBOOK_SCREENSHOTS");

    [ScreenshotFact]
    public async Task Take_screenshots_at_phone_and_desktop_width_in_both_editions()
    {
        Directory.CreateDirectory(Folder!);
        var chapter = SitePages.Chapter(site);
        string[] pages = [SitePages.Hans, SitePages.Hant, chapter, SitePages.Counterpart(chapter), "zh-hans/honors/", "zh-hant/honors/",
            "zh-hans/statistics/", "zh-hant/statistics/", "zh-hans/" + SitePages.StatisticsCategory, "zh-hant/" + SitePages.ChartedIndicator, "zh-hans/" + SitePages.ChartedIndicator, "zh-hans/subjects/", "zh-hans/chronicle/", "zh-hant/chronicle/",
            "zh-hans/2021/chronicle/chronicle-2020/", "zh-hant/2025/", "404.html", "",
            // A Traditional query on the Simplified edition: results in the reader's script.
            "zh-hans/search/?q=" + Uri.EscapeDataString("醫療器械")];
        var sizes = new (string Name, BrowserNewContextOptions Options)[]
        {
            ("phone", new BrowserNewContextOptions(PhoneLayoutTests.Phone) { DeviceScaleFactor = 2 }),
            ("desktop", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } }),
        };
        foreach (var (name, options) in sizes)
        {
            var context = await site.Browser.NewContextAsync(options);
            // One at a time, with time to spare: a full-page shot of the honors index is a big image.
            foreach (var relative in pages)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(SitePages.Visit(site, relative));
                if (relative.Contains("search/", StringComparison.Ordinal))
                {
                    await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.state === 'done'");
                }

                var file = relative == "" ? "root" : relative.Split('?')[0].Replace('/', '_').Replace(".html", "", StringComparison.Ordinal).Trim('_');
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder!, $"{name}-{file}.png"), FullPage = true, Timeout = 120_000 });
                // The first screen as the reader sees it, and on index pages the first chart up close.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder!, $"{name}-{file}-screen.png") });
                if (await page.Locator("main .chart").CountAsync() > 0)
                {
                    await page.Locator("main .chart").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Folder!, $"{name}-{file}-chart.png") });
                }

                await page.CloseAsync();
            }

            await context.CloseAsync();
        }

        Assert.NotEmpty(Directory.GetFiles(Folder!, "*.png"));
    }

    /// <summary>A fact that runs only when a screenshot folder is given.</summary>
    private sealed class ScreenshotFactAttribute : FactAttribute
    {
        public ScreenshotFactAttribute()
        {
            if (string.IsNullOrEmpty(Folder))
            {
                Skip = "set YEARBOOK_SCREENSHOTS to a folder to take screenshots";
            }
        }
    }
}
