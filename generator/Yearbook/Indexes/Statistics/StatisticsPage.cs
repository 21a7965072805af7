using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>The statistics page of an edition (<c>/{edition}/statistics/</c>); its context is documented in the theme's README.</summary>
internal static class StatisticsPage
{
    /// <summary>The folder of the page and its downloads, relative to the edition.</summary>
    public const string Folder = SitePaths.Statistics;

    /// <summary>Builds the page of <paramref name="index"/> from <paramref name="parts"/>, the part of the page made of each series.</summary>
    public static Page Build(StatisticsIndex index, StatisticsParts parts, Edition edition, EditionContext context, SiteUrls urls)
    {
        return SectionPage.Build("statistics", Folder, edition, context, urls, new
        {
            series = index.Series.Select(parts.Page).ToList(),
            csvUrl = urls.Page(edition, Folder + "statistics.csv"),
            jsonUrl = urls.Page(edition, Folder + "statistics.json"),
        }, context.Text("statisticsIntro"));
    }

    /// <summary>The chart's texts in the edition's script.</summary>
    internal static SeriesChart.Labels ChartLabels(EditionContext context) => new(context.Text("period"), context.Text("unit"));

    /// <summary>The part of the page of <paramref name="series"/>, chart included (see <see cref="StatisticsParts"/>).</summary>
    internal static object SeriesData(StatisticsSeries series, SeriesChart.Labels labels) => new
    {
        anchor = series.Anchor,
        indicator = series.Indicator,
        unit = series.Unit,
        chartSvg = RawHtml.From(SeriesChart.Svg(series, labels)),
        points = series.Points.Select(p => new
        {
            period = p.Period,
            value = p.Value,
            unit = p.Unit,
            change = p.Change,
            note = p.Note,
            chapterTitle = p.Chapter.Title,
            url = p.Url,
        }).ToList(),
    };
}
