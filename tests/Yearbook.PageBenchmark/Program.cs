using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yearbook.Bench;

// dotnet run --project tests/Yearbook.PageBenchmark -c Release -- --site BUILT_SITE [--runs 5] [--width 360] [--edition zh-hans]
// Serves a built site on 127.0.0.1 and loads one page of every kind (root, home, volume, chapter, each index's
// landing page, a split page of it and its page 2 where there is one: an honors year, a subjects letter, a chronicle
// year, a statistics category; one indicator's page, search, 404) in headless Chromium at a
// phone's width, each run in a new browser context (an empty cache). Per page: the HTML's bytes, all bytes
// loaded, the number of elements and the time to the load event (median of the runs). Then the largest HTML
// file of the whole output, with its element count. Prints a Markdown table.
var options = BenchmarkBrowser.Options(args);

if (!options.TryGetValue("site", out var siteFolder) || !File.Exists(Path.Combine(siteFolder, "index.html")))
{
    Console.Error.WriteLine("usage: Yearbook.PageBenchmark --site BUILT_SITE [--runs 5] [--width 360] [--edition zh-hans]");
    return 2;
}

siteFolder = Path.GetFullPath(siteFolder);
var runs = int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture);
var width = int.Parse(options.GetValueOrDefault("width", "360"), CultureInfo.InvariantCulture);
var edition = options.GetValueOrDefault("edition", "zh-hans");

// One page of each kind, found in the output as the generator lays it out.
var pages = new List<(string Kind, string Path)> { ("root", ""), ("home", edition + "/") };
string? First(string folder, Func<string, bool> keep, int depth = 1)
{
    var root = Path.Combine(siteFolder, folder);
    if (!Directory.Exists(root))
    {
        return null;
    }

    return Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(siteFolder, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
        .Where(p => p.Count(c => c == '/') - folder.Count(c => c == '/') == depth && keep(p))
        .Order(StringComparer.Ordinal).FirstOrDefault();
}

void Add(string kind, string? path)
{
    if (path is not null)
    {
        pages.Add((kind, path));
    }
}

var volume = First(edition + "/", p => Regex.IsMatch(p, @"/\d{4}/$"));
Add("volume", volume);
Add("chapter", volume is null ? null : First(volume, _ => true, 2));
// Each index's landing page, a part of it and the second page of a part where one exists (subjects/c/2/).
foreach (var (index, part) in new[] { ("honors", "year"), ("subjects", "letter"), ("chronicle", "year") })
{
    var landing = $"{edition}/{index}/";
    if (!File.Exists(Path.Combine(siteFolder, landing, "index.html")))
    {
        continue;
    }

    Add(index, landing);
    Add($"{index} {part}", First(landing, _ => true));
    Add($"{index} {part}, page 2", First(landing, p => p.EndsWith("/2/", StringComparison.Ordinal), 2));
}

// The statistics: the landing page, a category (statistics/category/<slug>/) and its page 2, and one indicator's page.
var statistics = $"{edition}/statistics/";
if (File.Exists(Path.Combine(siteFolder, statistics, "index.html")))
{
    Add("statistics", statistics);
    Add("statistics category", First(statistics + "category/", _ => true));
    Add("statistics category, page 2", First(statistics + "category/", p => p.EndsWith("/2/", StringComparison.Ordinal), 2));
    Add("statistics indicator", First(statistics, p => !p.EndsWith("/category/", StringComparison.Ordinal)));
}

Add("search", $"{edition}/search/");
pages.Add(("404", $"{edition}/no-such-page/"));

await using var started = await BenchmarkBrowser.StartAsync(siteFolder, "/");
var server = started.Server;
var browser = started.Browser;

const string Measure = """
    () => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      return {
        html: nav.encodedBodySize,
        total: nav.encodedBodySize + resources.reduce((sum, e) => sum + e.encodedBodySize, 0),
        elements: document.getElementsByTagName('*').length,
        load: nav.loadEventEnd - nav.startTime,
      };
    }
    """;

async Task<(long Html, long Total, int Elements, double Load)> LoadAsync(string path)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 740 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync(new Uri(server.Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
    var m = await page.EvaluateAsync<Measured>(Measure);
    return (m.Html, m.Total, m.Elements, m.Load);
}

Console.WriteLine($"| page | address | HTML (KB) | all bytes (KB) | elements | load, median of {runs} (ms) | min–max (ms) |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---|");
foreach (var (kind, path) in pages)
{
    var results = new List<(long Html, long Total, int Elements, double Load)>();
    for (var r = 0; r < runs; r++)
    {
        results.Add(await LoadAsync(path));
    }

    var loads = results.Select(x => x.Load).Order().ToList();
    var last = results[^1];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {kind} | /{path} | {last.Html / 1024.0:0.0} | {last.Total / 1024.0:0.0} | {last.Elements:N0} | {loads[loads.Count / 2]:0} | {loads[0]:0}–{loads[^1]:0} |"));
}

// The largest HTML file of the whole output, loaded once for its element count.
var largest = Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories).Select(f => new FileInfo(f)).MaxBy(f => f.Length)!;
var largestPath = Path.GetRelativePath(siteFolder, largest.FullName).Replace('\\', '/');
var largestLoad = await LoadAsync(largestPath.EndsWith("/index.html", StringComparison.Ordinal) ? largestPath[..^"index.html".Length] : largestPath);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Largest HTML file: /{largestPath}, {largest.Length / 1024.0:0.0} KB, {largestLoad.Elements:N0} elements, loaded in {largestLoad.Load:0} ms."));
return 0;

/// <summary>What the page reports of itself.</summary>
internal sealed class Measured
{
    public long Html { get; set; }

    public long Total { get; set; }

    public int Elements { get; set; }

    public double Load { get; set; }
}
