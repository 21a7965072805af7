using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// What one edition's statistics page and downloads show of each series: its part of the page, chart
/// included, and its download rows, made once per series for both.
/// </summary>
internal sealed class StatisticsParts
{
    private readonly Dictionary<StatisticsSeries, SeriesParts> _bySeries;

    private StatisticsParts(Dictionary<StatisticsSeries, SeriesParts> bySeries) => _bySeries = bySeries;

    /// <summary>
    /// Makes the parts of every series of <paramref name="index"/>.
    /// </summary>
    public static StatisticsParts Make(StatisticsIndex index, EditionContext context, SiteUrls urls)
    {
        var labels = StatisticsPage.ChartLabels(context);
        // By identity: series are records, and two series with equal values are still two sections of the page.
        var bySeries = new Dictionary<StatisticsSeries, SeriesParts>(index.Series.Count, ReferenceEqualityComparer.Instance);
        foreach (var series in index.Series)
        {
            bySeries[series] = new SeriesParts(StatisticsPage.SeriesData(series, labels), StatisticsDownloads.SeriesRows(series, urls));
        }

        return new StatisticsParts(bySeries);
    }

    /// <summary>The part of the page of <paramref name="series"/>, a series of the index these parts were made for.</summary>
    public object Page(StatisticsSeries series) => _bySeries[series].Page;

    /// <summary>The download rows of <paramref name="series"/>, a series of the index these parts were made for.</summary>
    public IReadOnlyList<StatisticsDownloads.Row> Rows(StatisticsSeries series) => _bySeries[series].Rows;

    private sealed record SeriesParts(object Page, StatisticsDownloads.Row[] Rows);
}
