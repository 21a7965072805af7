using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using Yearbook.Build;
using Yearbook.Diagnostics;
using Yearbook.Rendering;

namespace Yearbook.Cli.Preview;

/// <summary>
/// <c>yearbook serve</c>: builds the site into a private folder, serves it on loopback, watches the
/// content and theme folders and rebuilds on every change, one build at a time. A change to chapters,
/// theme assets or templates rewrites only what depends on it (<see cref="SiteSession"/>); settings,
/// volumes and the glossary build the whole site. A full build publishes what <c>yearbook build</c> would
/// (everything but what has errors); an edit that breaks a chapter publishes nothing, so the page keeps
/// its last good version. Either way the open pages show the site's errors and warnings over them.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>How long the watcher must stay quiet before a burst of changes is built.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(10);

    private readonly BuildOptions _options;
    private readonly string _siteArgument;
    private readonly TextWriter _log;
    private readonly bool _verbose;
    private readonly LiveReload _live = new();
    private readonly SiteProblems _problems = new();
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly ConcurrentQueue<string> _changedFiles = new();
    private readonly SiteSession _session;
    private long _firstChange;
    private DateTime _lastDrained = DateTime.MaxValue;
    private bool _hasPublished;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private Task? _rebuildLoop;
    private int _buildCount;

    /// <summary>
    /// Prepares a preview of the site in <paramref name="siteFolder"/>; with <paramref name="verbose"/>,
    /// each incremental rebuild is followed by the time each of its steps took. Rebuilds are timed by
    /// <paramref name="clock"/> (the system's when null).
    /// </summary>
    public PreviewServer(string siteFolder, string? baseUrl, TextWriter log, bool verbose = false, TimeProvider? clock = null)
    {
        _siteArgument = siteFolder;
        _log = log;
        _verbose = verbose;
        _clock = clock ?? TimeProvider.System;
        Output = Path.Combine(Path.GetTempPath(), $"yearbook-preview-{Environment.ProcessId}-{Guid.NewGuid():N}");
        _options = new BuildOptions
        {
            SiteFolder = siteFolder,
            OutputFolder = Output,
            BaseUrl = baseUrl,
            IncludeDrafts = true,
            PublishWithErrors = true, // as `build` does: the first build too, when there is no last good site to keep
        };
        _session = new SiteSession(_options);
    }

    /// <summary>The private folder the preview is built into.</summary>
    public string Output { get; }

    /// <summary>The address the server listens on, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>How many builds have finished (successful or not); tests wait on it instead of sleeping.</summary>
    public int BuildCount => Volatile.Read(ref _buildCount);

    /// <summary>Raised after every build with its result.</summary>
    public event Action<BuildResult>? Built;

    /// <summary>Raised when a build starts, on the thread that runs it; changes made meanwhile wait for the next build.</summary>
    public event Action? Building;

    /// <summary>Builds once, starts the server on 127.0.0.1:<paramref name="port"/> (0 picks a free port) and starts watching.</summary>
    public async Task StartAsync(int port, string host = "127.0.0.1")
    {
        _lastDrained = DateTime.UtcNow;
        Rebuild(_clock.GetTimestamp());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        _app = builder.Build();
        var files = new PreviewFiles(Output);
        // One handler for every request: endpoints mapped beside a terminal handler never run, since
        // routing leaves them for the end of the pipeline and the file handler answers first (with 404).
        _app.Run(context => context.Request.Path.Value switch
        {
            LiveReload.ScriptPath => ServeScriptAsync(context),
            LiveReload.EventsPath => StreamEventsAsync(context),
            _ => files.ServeAsync(context),
        });
        await _app.StartAsync(_stop.Token);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
        Watch();
        _rebuildLoop = Task.Run(RebuildLoopAsync);
    }

    private void Watch()
    {
        var site = Path.GetFullPath(_options.SiteFolder);
        // The site's own themes (a switch to another of them is seen too); the bundled theme is not the editor's to change.
        var themes = ThemeLocation.SiteThemeFolders(site).Where(Directory.Exists);
        foreach (var folder in themes.Prepend(site).Distinct())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // The time of the first change since the last build: rebuild times are measured from it.
        Interlocked.CompareExchange(ref _firstChange, _clock.GetTimestamp(), 0);
        _changedFiles.Enqueue(e.FullPath);
        if (e is RenamedEventArgs renamed)
        {
            _changedFiles.Enqueue(renamed.OldFullPath);
        }

        // Only one wake-up is needed however many events arrive; the loop drains the rest.
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    private async Task RebuildLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                // When edits pause for a second, the search index catches up with the pages.
                if (!await _changed.WaitAsync(_session.SearchIndexStale ? TimeSpan.FromSeconds(1) : Timeout.InfiniteTimeSpan, _stop.Token))
                {
                    _session.RefreshSearchIndex();
                    continue;
                }

                // Editors save several files at once; let the burst settle before building. Kept short: the
                // wait is part of every rebuild's time, and a chapter caught half saved costs little (its
                // errors are shown until the rest of the save arrives, a moment later).
                while (await _changed.WaitAsync(SettleTime, _stop.Token))
                {
                }

                var since = Interlocked.Exchange(ref _firstChange, 0);
                var changed = new List<string>();
                while (_changedFiles.TryDequeue(out var file))
                {
                    changed.Add(file);
                }

                var drained = _lastDrained;
                _lastDrained = DateTime.UtcNow;
                Rebuild(ChangeStart.Of(since == 0 ? _clock.GetTimestamp() : since, changed, drained, _clock), changed);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Brings the preview up to date with the <paramref name="changed"/> files, timed from <paramref name="since"/>
    /// (a timestamp of the clock): the change that started this rebuild, never an earlier one that failed,
    /// or the minute an editor took to find a mistake would be counted as the rebuild's.
    /// </summary>
    private void Rebuild(long since, IReadOnlyCollection<string>? changed = null)
    {
        Building?.Invoke();
        if (changed is not { Count: > 0 } || !TryUpdate(changed, since))
        {
            FullBuild(since);
        }
    }

    /// <summary>Builds the whole site and publishes it as <c>yearbook build</c> would, errors or not.</summary>
    private void FullBuild(long since)
    {
        BuildResult result;
        try
        {
            result = _session.Build();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file being saved can be briefly unreadable; the next change event builds again.
            result = new BuildResult([new Diagnostic(Severity.Error, DiagnosticCodes.OutputRefused, ex.Message, new SourceLocation(""))], 0, false);
        }

        Print(result.Diagnostics);
        _problems.Replace(result.Diagnostics);
        if (result.Published)
        {
            _hasPublished = true;
            var elapsed = _clock.GetElapsedTime(since).TotalMilliseconds;
            _log.WriteLine(result.ErrorCount == 0
                ? $"Rebuilt {result.PageCount} pages in {elapsed:F0} ms."
                : $"Rebuilt {result.PageCount} pages in {elapsed:F0} ms, leaving out what the {result.ErrorCount} errors affect.");
            _live.Reload(_problems.Current, Site);
        }
        else
        {
            _log.WriteLine($"Build failed ({result.ErrorCount} errors); "
                + (_hasPublished ? "still serving the last good build." : "nothing to serve until they are fixed."));
            _live.Show(_problems.Current, Site);
        }

        Interlocked.Increment(ref _buildCount);
        Built?.Invoke(result);
    }

    /// <summary>Applies an edit without a full build; false when it needs one.</summary>
    private bool TryUpdate(IReadOnlyCollection<string> changed, long since)
    {
        IncrementalUpdate? update;
        var timings = _verbose ? new UpdateTimings(since, _clock) : null;
        timings?.Step("wait"); // the burst settling, and any build or search refresh still running
        try
        {
            update = _session.TryUpdate(changed, timings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // a file being saved; the full build reports what is wrong, if anything
        }

        if (update is null)
        {
            return false;
        }

        var elapsed = _clock.GetElapsedTime(since).TotalMilliseconds;
        Print(update.Diagnostics);
        _problems.Update(update.Read, update.Diagnostics);
        if (update.Published && update.Files.Count == 0 && update.PageCount == 0)
        {
            // Events that arrived after their change was built, or a save without a change (perhaps
            // back to the last good version after an error, so the page still reloads).
            _log.WriteLine($"Nothing to rebuild ({elapsed:F0} ms).");
            _live.Reload(_problems.Current, Site);
        }
        else if (update.Published)
        {
            // Measured from the file change to the last byte written; the benchmark reads this line.
            _log.WriteLine($"Rebuilt {update.PageCount} pages in {elapsed:F0} ms ({update.Description}).");
            if (timings is not null)
            {
                _log.WriteLine($"  steps in ms [processor ms]: {timings}");
            }

            _live.Reload(_problems.Current, Site);
        }
        else
        {
            _log.WriteLine($"Build failed ({update.Diagnostics.Count(d => d.Severity == Severity.Error)} errors); still serving the last good build.");
            _live.Show(_problems.Current, Site);
        }

        Interlocked.Increment(ref _buildCount);
        Built?.Invoke(new BuildResult(update.Diagnostics, update.PageCount, update.Published));
        return true;
    }

    /// <summary>The site folder as the editor gave it, prefixed to the paths of the diagnostics.</summary>
    private string Site => _siteArgument.TrimEnd('/');

    private void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _log.WriteLine(diagnostic.Format(Site));
        }
    }

    private static Task ServeScriptAsync(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(LiveReload.Script, context.RequestAborted);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = _live.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away.
        }
        finally
        {
            _live.Unsubscribe(channel);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_rebuildLoop is not null)
        {
            await _rebuildLoop;
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        _stop.Dispose();
        _changed.Dispose();
    }
}
