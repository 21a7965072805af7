using Yearbook.Editions;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// What a build of the statistics index took from the chapters, kept with the index so that the next build after
/// an edit (<see cref="StatisticsIndexBuilder.Build"/>) reads again only the chapters converted again.
/// </summary>
/// <param name="Chapters">The chapters in reading order.</param>
/// <param name="ByIndicator">Each Simplified indicator's statistics and the series made of them.</param>
internal sealed record RecordedStatistics(EditionChapter[] Chapters, IReadOnlyDictionary<string, IndicatorSeries> ByIndicator);

/// <summary>One indicator's statistics in reading order, and its series (more than one when split by unit).</summary>
/// <param name="Statistics">The statistics.</param>
/// <param name="Series">The series, each with its first statistic's place in reading order, by which series are listed.</param>
internal sealed record IndicatorSeries(IReadOnlyList<RecordedStatistic> Statistics, IReadOnlyList<(StatisticsSeries Series, (int, int) FirstSeen)> Series);

/// <summary>A statistic that names an indicator, with its unit in Simplified script and its place in reading order.</summary>
/// <param name="Stat">The statistic.</param>
/// <param name="Chapter">Its chapter.</param>
/// <param name="Unit">Its unit in Simplified script, trimmed.</param>
/// <param name="At">The chapter's place among the chapters in reading order.</param>
/// <param name="Position">The statistic's place in the chapter.</param>
internal readonly record struct RecordedStatistic(EditionStatistic Stat, EditionChapter Chapter, string Unit, int At, int Position)
{
    /// <summary>Its place in reading order.</summary>
    public (int, int) Seen => (At, Position);
}
