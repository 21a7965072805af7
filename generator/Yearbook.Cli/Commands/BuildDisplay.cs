using Spectre.Console;

namespace Yearbook.Cli.Commands;

/// <summary>
/// How a build shows its progress: a live Spectre.Console display in an interactive terminal, plain
/// lines when output is redirected or <c>CI</c> is set, nothing with <c>--quiet</c>.
/// </summary>
public static class BuildDisplay
{
    /// <summary>True when a live display suits the terminal.</summary>
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="build"/> with the display that fits.</summary>
    public static BuildResult Run(Func<IProgress<BuildProgress>?, BuildResult> build, bool quiet, bool verbose)
    {
        if (quiet)
        {
            return build(null);
        }

        if (!IsInteractive)
        {
            // Plain lines: one per stage, so CI logs stay short and readable.
            // With --verbose each line carries the time since the build started, the processor time
            // used so far (all cores) and the memory (managed heap now, the process's peak resident
            // memory so far), so a slow, poorly parallel or memory-hungry stage shows.
            var lastStage = "";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var progress = new SynchronousProgress(p =>
            {
                if (p.Stage != lastStage || (verbose && p.Total > 0 && p.Done == p.Total))
                {
                    var line = p.Total > 0 ? $"{p.Stage} ({p.Total})…" : $"{p.Stage}…";
                    Console.Out.WriteLine(verbose ? $"[{Figures(clock)}] {line}" : line);
                    lastStage = p.Stage;
                }
            });
            return build(progress);
        }

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        foreach (var previous in tasks.Values)
                        {
                            previous.Value = previous.MaxValue;
                        }

                        task = tasks[p.Stage] = context.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    }

                    task.Value = p.Total == 0 ? 0 : p.Done;
                });
                result = build(progress);
            });
        return result!;
    }

    /// <summary>The figures of a --verbose line: elapsed and processor seconds, managed heap, allocation and peak resident memory in MiB, collections so far (gen0/gen1/gen2) and their pauses.</summary>
    private static string Figures(System.Diagnostics.Stopwatch clock)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return $"{clock.Elapsed.TotalSeconds,6:0.00} s, CPU {process.TotalProcessorTime.TotalSeconds,6:0.00} s, " +
            $"heap {GC.GetTotalMemory(forceFullCollection: false) >> 20,5} MiB, allocated {GC.GetTotalAllocatedBytes() >> 20,6} MiB, peak {process.PeakWorkingSet64 >> 20,5} MiB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s";
    }

    /// <summary>A progress sink that handles reports on the reporting thread, serialised by a lock.</summary>
    private sealed class SynchronousProgress(Action<BuildProgress> handler) : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();

        public void Report(BuildProgress value)
        {
            lock (_lock)
            {
                handler(value);
            }
        }
    }
}
