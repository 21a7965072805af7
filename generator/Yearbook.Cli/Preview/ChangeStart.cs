using System.Diagnostics;

namespace Yearbook.Cli.Preview;

/// <summary>
/// When a burst of file changes began, so that a rebuild is timed from the change itself rather than
/// from when the watcher noticed it: on a busy machine the watcher's event can arrive well after the
/// write. The kernel stamps a file's write time from a clock that runs up to a tick behind, so a time
/// taken from it errs towards a longer rebuild, never a shorter one.
/// </summary>
public static class ChangeStart
{
    /// <summary>
    /// The earlier of <paramref name="firstEvent"/> (a <see cref="Stopwatch"/> timestamp: when the first
    /// change event arrived) and the last write time of the <paramref name="changed"/> files, as a
    /// <see cref="Stopwatch"/> timestamp. Write times not after <paramref name="notBefore"/> (UTC, when
    /// the previous batch of changes was taken) are ignored: a file moved in keeps the write time it had,
    /// and a write before that batch was built already. With <paramref name="clock"/>, both timestamps
    /// are that clock's instead of the <see cref="Stopwatch"/>'s.
    /// </summary>
    public static long Of(long firstEvent, IEnumerable<string> changed, DateTime notBefore, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var nowWall = DateTime.UtcNow;
        var now = clock.GetTimestamp();
        var start = firstEvent;
        foreach (var file in changed.Distinct(StringComparer.Ordinal))
        {
            var written = File.GetLastWriteTimeUtc(file); // 1601-01-01 when the file is gone
            if (written > notBefore && written <= nowWall)
            {
                start = Math.Min(start, now - (long)((nowWall - written).TotalSeconds * clock.TimestampFrequency));
            }
        }

        return start;
    }
}
