using System.Diagnostics;
using System.Globalization;

namespace Yearbook.Build;

/// <summary>
/// The elapsed and processor time of each step of an incremental update, for <c>yearbook serve
/// --verbose</c>: where the time between a file change and the last byte written goes. Processor time
/// is the whole process's (other threads included), so on a busy machine it tells work from waiting;
/// the time the garbage collector paused the program is counted too (a large site keeps a large heap).
/// </summary>
public sealed class UpdateTimings
{
    private readonly List<(string Step, TimeSpan Elapsed, TimeSpan Processor)> _steps = [];
    private readonly TimeSpan _pausedAtStart = GC.GetTotalPauseDuration();
    private readonly int _collectionsAtStart = GC.CollectionCount(0);
    private readonly TimeProvider _clock;
    private long _stepStart;
    private TimeSpan _processorAtStepStart;

    /// <summary>
    /// Starts timing the first step at <paramref name="since"/>, a timestamp of <paramref name="clock"/>
    /// (when null, the system's: a <see cref="Stopwatch"/> timestamp).
    /// </summary>
    public UpdateTimings(long since, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _stepStart = since;
        _processorAtStepStart = Environment.CpuUsage.TotalTime;
    }

    /// <summary>The steps so far, in order.</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed, TimeSpan Processor)> Steps => _steps;

    /// <summary>Ends the current step, named <paramref name="step"/>, and starts the next.</summary>
    public void Step(string step)
    {
        var now = _clock.GetTimestamp();
        var processor = Environment.CpuUsage.TotalTime;
        _steps.Add((step, _clock.GetElapsedTime(_stepStart, now), processor - _processorAtStepStart));
        _stepStart = now;
        _processorAtStepStart = processor;
    }

    /// <summary>One line: each step's elapsed time, with its processor time in brackets, and the totals.</summary>
    public override string ToString()
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
        var total = (Elapsed: TimeSpan.Zero, Processor: TimeSpan.Zero);
        foreach (var (_, elapsed, processor) in _steps)
        {
            total = (total.Elapsed + elapsed, total.Processor + processor);
        }

        return string.Join(", ", _steps.Select(s => $"{s.Step} {Ms(s.Elapsed)} [{Ms(s.Processor)}]"))
            + $"; total {Ms(total.Elapsed)} ms [CPU {Ms(total.Processor)} ms]"
            + $"; {GC.CollectionCount(0) - _collectionsAtStart} collections, paused {Ms(GC.GetTotalPauseDuration() - _pausedAtStart)} ms";
    }
}
