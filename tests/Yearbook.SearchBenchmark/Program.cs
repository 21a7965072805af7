using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Yearbook.Bench;

// dotnet run --project tests/Yearbook.SearchBenchmark -c Release -- --site BUILT_SITE [--base /PATH/] [--runs N] [--screenshots DIR]
//   [--queries Q1,Q2] [--verbose 1] [--http2 1] [--trace DIR]
// --verbose 1: each search's timings and search.js's performance marks. --trace DIR: a Chromium
// performance trace of each search (open in chrome://tracing or Perfetto) to see what the page's main thread did.
// Serves a built site on 127.0.0.1, opens each edition's search page in headless Chromium and runs
// every query cold (a new browser context: empty cache, index.json not loaded yet) and warm (after
// one other query, as a reader's second search). For each it reports the bytes of search data downloaded
// (index.json, shards, document chunks) and the time from submit to results on screen.
var options = BenchmarkBrowser.Options(args);

if (!options.TryGetValue("site", out var siteFolder) || !File.Exists(Path.Combine(siteFolder, "search", "index.json")))
{
    Console.Error.WriteLine("usage: Yearbook.SearchBenchmark --site BUILT_SITE [--base /PATH/] [--runs N] [--screenshots DIR] [--queries Q1,Q2] [--verbose 1] [--http2 1] [--trace DIR]");
    Console.Error.WriteLine("  BUILT_SITE is the output of `yearbook build` (it holds search/index.json).");
    return 2;
}

var runs = int.Parse(options.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
string[] queries =
[
    "医疗卫生", "醫療衛生", "营商环境", "營商環境", "乡村振兴", "鄉村振興", "扶贫", "扶貧",
    "生产总值", "生產總值", "创新驱动发展战略", "創新驅動發展戰略", "龙泉镇", "龍泉鎮", "发展", "區", "量子计算机",
];

if (options.TryGetValue("queries", out var only))
{
    queries = only.Split(',');
}

// Served at the base path it was built for (--base-url), else at the root.
// --http2 1: over TLS with HTTP/2, as public static hosts serve (no limit of six connections per host).
var http2 = options.ContainsKey("http2");
await using var started = await BenchmarkBrowser.StartAsync(Path.GetFullPath(siteFolder), options.GetValueOrDefault("base", "/"), http2);
var server = started.Server;
var browser = started.Browser;

const string Measure = """
    async (q) => {
      const input = document.getElementById('search-q'), results = document.getElementById('search-results');
      const before = new Set(performance.getEntriesByType('resource').map(e => e.name));
      const answered = new Promise(resolve => {
        const observer = new MutationObserver(() => {
          if (results.dataset.query === q && ['done', 'empty', 'error'].includes(results.dataset.state)) { observer.disconnect(); resolve(); }
        });
        observer.observe(results, { attributes: true });
      });
      input.value = q;
      const start = performance.now();
      document.querySelector('.search-form button[type=submit]').click();
      await answered;
      await new Promise(requestAnimationFrame);
      const ms = performance.now() - start;
      const loaded = performance.getEntriesByType('resource')
        .filter(e => !before.has(e.name) && /\/search\/.*\.json$/.test(new URL(e.name).pathname));
      const bytes = loaded.reduce((sum, e) => sum + e.encodedBodySize, 0);
      // When the last file of each kind arrived, from submit: where the time goes.
      const phase = kind => Math.max(0, ...loaded.filter(e => kind.test(new URL(e.name).pathname)).map(e => e.responseEnd - start));
      const asked = kind => Math.min(...loaded.filter(e => kind.test(new URL(e.name).pathname)).map(e => e.startTime - start), 1e9);
      const marks = Object.fromEntries(performance.getEntriesByType('mark')
        .filter(e => e.startTime >= start && e.name.startsWith('search:')).map(e => [e.name.slice(7), Math.round(e.startTime - start)]));
      return { ms, bytes, files: loaded.length, marks: JSON.stringify(marks), protocol: loaded.map(e => e.nextHopProtocol)[0] || '', index: phase(/index\.json$/), shards: phase(/\/shards\//), documents: phase(/\/docs\//),
        shardsAsked: asked(/\/shards\//), documentsAsked: asked(/\/docs\//),
        state: results.dataset.state, found: (results.querySelector('.search-status') || {}).textContent || '' };
    }
    """;

var trace = options.GetValueOrDefault("trace");
if (trace is not null)
{
    Directory.CreateDirectory(trace);
}

var protocols = new SortedSet<string>(StringComparer.Ordinal);
var rows = new List<(string Edition, string Query, string Mode, double Ms, long Bytes, string Found, Phases Phases)>();
foreach (var edition in new[] { "zh-hans", "zh-hant" })
{
    foreach (var query in queries)
    {
        for (var run = 0; run < runs; run++)
        {
            // Cold: a new context, nothing cached. Warm: a new context that already answered another
            // query (index.json loaded), as a reader's second search.
            foreach (var mode in new[] { "cold", "warm" })
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = http2 });
                var page = await context.NewPageAsync();
                // The page loaded and settled before the query is submitted, as a reader's is: typing a
                // query through an input method takes seconds. Without this a search started while the
                // page was still on its first frames, its favicon and its script's compilation, which
                // share the renderer's main thread with search.js (seen in --trace).
                await page.GotoAsync(new Uri(server.Address, $"{edition}/search/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done))))");
                if (mode == "warm")
                {
                    await page.EvaluateAsync<JsonElement>(Measure, "年鉴");
                }

                var tracing = trace is null ? null : await ChromiumTrace.StartAsync(context, page);
                var result = await page.EvaluateAsync<JsonElement>(Measure, query);
                if (tracing is not null)
                {
                    await tracing.StopAsync(Path.Combine(trace!, $"{edition}-{query}-{mode}-{run}.json"));
                }

                if (result.GetProperty("state").GetString() == "error")
                {
                    throw new InvalidOperationException($"search for {query} on {edition} failed");
                }

                var phases = new Phases(result.GetProperty("files").GetInt32(), result.GetProperty("index").GetDouble(),
                    result.GetProperty("shardsAsked").GetDouble(), result.GetProperty("shards").GetDouble(),
                    result.GetProperty("documentsAsked").GetDouble(), result.GetProperty("documents").GetDouble());
                protocols.Add(result.GetProperty("protocol").GetString()!);
                if (options.ContainsKey("verbose"))
                {
                    Console.WriteLine($"{edition} {query} {mode}: {result.GetProperty("ms").GetDouble():F0} ms, marks {result.GetProperty("marks").GetString()}, " +
                        $"shards {phases.ShardsAsked:F0}..{phases.Shards:F0}, documents {phases.DocumentsAsked:F0}..{phases.Documents:F0}, {phases.Files} files");
                }

                rows.Add((edition, query, mode, result.GetProperty("ms").GetDouble(), result.GetProperty("bytes").GetInt64(), result.GetProperty("found").GetString()!, phases));
            }
        }
    }
}

Console.WriteLine("| edition | query | cold ms (median) | warm ms (median) | KB downloaded (cold) | found |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var group in rows.GroupBy(r => (r.Edition, r.Query)))
{
    var cold = group.Where(r => r.Mode == "cold").ToList();
    var warm = group.Where(r => r.Mode == "warm").ToList();
    Console.WriteLine($"| {group.Key.Edition} | {group.Key.Query} | {Median(cold.Select(r => r.Ms)):F0} | {Median(warm.Select(r => r.Ms)):F0} | {cold.Max(r => r.Bytes) / 1024.0:F1} | {cold[0].Found} |");
}

Console.WriteLine($"protocol: {string.Join(", ", protocols.Where(p => p.Length > 0))}");
foreach (var mode in new[] { "cold", "warm" })
{
    var selected = rows.Where(r => r.Mode == mode).ToList();
    Console.WriteLine($"{mode}: time median {Median(selected.Select(r => r.Ms)):F0} ms, 90th percentile {Percentile(selected.Select(r => r.Ms), 0.9):F0} ms, " +
        $"max {selected.Max(r => r.Ms):F0} ms, {selected.Count(r => r.Ms > 300)} of {selected.Count} over 300 ms; " +
        $"index data median {Median(selected.Select(r => (double)r.Bytes)) / 1024:F1} KB, max {selected.Max(r => r.Bytes) / 1024.0:F1} KB per query ({selected.Count} searches)");
    Console.WriteLine($"  {mode} breakdown (medians, ms from submit; a kind's first request .. its last file arrived): index.json ..{Median(selected.Select(r => r.Phases.Index)):F0}, " +
        $"shards {Median(selected.Select(r => r.Phases.ShardsAsked)):F0}..{Median(selected.Select(r => r.Phases.Shards)):F0}, " +
        $"documents {Median(selected.Select(r => r.Phases.DocumentsAsked)):F0}..{Median(selected.Select(r => r.Phases.Documents)):F0}, on screen {Median(selected.Select(r => r.Ms)):F0}; " +
        $"files per query median {Median(selected.Select(r => (double)r.Phases.Files)):F0}");
}

var search = Path.Combine(siteFolder, "search");
var files = Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories)
    .Concat(Directory.EnumerateDirectories(siteFolder, "zh-*").SelectMany(e => Directory.EnumerateFiles(Path.Combine(e, "search", "docs"))))
    .Select(f => new FileInfo(f)).ToList();
Console.WriteLine($"index on disk: {files.Sum(f => f.Length) / 1048576.0:F1} MB in {files.Count} files " +
    $"(shards {Directory.GetFiles(Path.Combine(search, "shards")).Length}, largest {Directory.GetFiles(Path.Combine(search, "shards")).Max(f => new FileInfo(f).Length) / 1024.0:F1} KB; " +
    $"index.json {new FileInfo(Path.Combine(search, "index.json")).Length / 1024.0:F1} KB)");

if (options.TryGetValue("screenshots", out var shots))
{
    Directory.CreateDirectory(shots);
    foreach (var width in new[] { 1280, 360 })
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, IgnoreHTTPSErrors = http2 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "zh-hans/search/?q=" + Uri.EscapeDataString("醫療器械")).ToString());
        await page.WaitForFunctionAsync("() => ['done', 'empty'].includes(document.getElementById('search-results').dataset.state)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, $"search-hant-query-{width}.png"), FullPage = true });
    }
}

return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    Debug.Assert(sorted.Count > 0);
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

// The nearest-rank percentile: the smallest value with at least that share of the values at or below it.
static double Percentile(IEnumerable<double> values, double share)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
}

/// <summary>What one search fetched: how many files, when the first of each kind was asked for and when the last arrived (ms from submit).</summary>
internal sealed record Phases(int Files, double Index, double ShardsAsked, double Shards, double DocumentsAsked, double Documents);

/// <summary>A Chromium performance trace recorded through the DevTools protocol (Playwright's .NET API has none).</summary>
internal sealed class ChromiumTrace
{
    private readonly ICDPSession _session;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumTrace(ICDPSession session)
    {
        _session = session;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            foreach (var e in data!.Value.GetProperty("value").EnumerateArray())
            {
                _events.Add(e.Clone());
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<ChromiumTrace> StartAsync(IBrowserContext context, IPage page)
    {
        var trace = new ChromiumTrace(await context.NewCDPSessionAsync(page));
        await trace._session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "loading", "toplevel", "netlog", "benchmark" },
            },
        });
        return trace;
    }

    public async Task StopAsync(string path)
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task;
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { traceEvents = _events });
    }
}
