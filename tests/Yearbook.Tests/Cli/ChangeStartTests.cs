using System.Diagnostics;
using Yearbook.Cli.Preview;

namespace Yearbook.Tests.Cli;

/// <summary>The preview times a rebuild from the change itself, even when the watcher reports it late.</summary>
public sealed class ChangeStartTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "yearbook-change-" + Guid.NewGuid().ToString("N") + ".md");

    [Fact]
    public void A_write_before_the_event_arrived_starts_the_clock()
    {
        File.WriteAllText(_file, "---\ntitle: 章\n---\n");
        File.SetLastWriteTimeUtc(_file, DateTime.UtcNow - TimeSpan.FromSeconds(5));
        var eventArrived = Stopwatch.GetTimestamp();

        var start = ChangeStart.Of(eventArrived, [_file, _file + ".gone"], notBefore: DateTime.UtcNow - TimeSpan.FromMinutes(1));

        Assert.InRange(Stopwatch.GetElapsedTime(start, eventArrived).TotalSeconds, 4.9, 6);
    }

    [Fact]
    public void A_write_time_from_before_the_last_batch_is_ignored()
    {
        // A file moved in keeps its old write time; a write already built is not this change.
        File.WriteAllText(_file, "---\ntitle: 章\n---\n");
        File.SetLastWriteTimeUtc(_file, DateTime.UtcNow - TimeSpan.FromHours(3));
        var eventArrived = Stopwatch.GetTimestamp();

        Assert.Equal(eventArrived, ChangeStart.Of(eventArrived, [_file], notBefore: DateTime.UtcNow - TimeSpan.FromMinutes(1)));
    }

    public void Dispose() => File.Delete(_file);
}
