using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Yearbook.Conversion.Benchmarks;

/// <summary>Adds MB/s of UTF-8 input to the summary, comparable with the whole-process figures.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

/// <summary>Input megabytes (10^6 bytes of UTF-8) over the mean time of one operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    // Filled by each benchmark's set-up; the corpus is deterministic, so the host can recompute it.
    internal static readonly ConcurrentDictionary<string, int> InputBytes = new(StringComparer.Ordinal);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of UTF-8 input converted per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }
        string config = (string)benchmarkCase.Parameters["Config"];
        int bytes = InputBytes.GetOrAdd(config, c =>
            System.Text.Encoding.UTF8.GetByteCount(c.StartsWith('s') ? Corpus.Simplified : Corpus.Traditional));
        double seconds = statistics.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
