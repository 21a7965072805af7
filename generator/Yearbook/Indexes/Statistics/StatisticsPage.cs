using System.Runtime.CompilerServices;
using Yearbook.Editions;
using Yearbook.Rendering;

namespace Yearbook.Indexes.Statistics;

/// <summary>The statistics page of an edition (<c>/{edition}/statistics/</c>); its context is documented in the theme's README.</summary>
public static class StatisticsPage
{
    // A series' part of the page, chart included, kept while the series lives: after an edit of a few
    // statistics the preview keeps every other series (the same objects) and builds only theirs again.
    // A series belongs to one edition's index, so its labels and addresses cannot differ between calls.
    private static readonly ConditionalWeakTable<StatisticsSeries, object> SeriesData = new();

    /// <summary>The folder of the page and its downloads, relative to the edition.</summary>
    public const string Folder = "statistics/";

    /// <summary>Builds the page.</summary>
    public static Page Build(StatisticsIndex index, Edition edition, EditionContext context, SiteUrls urls)
    {
        var title = context.Text("statistics");
        var labels = new SeriesChart.Labels(context.Text("period"), context.Text("unit"));
        return new Page
        {
            Kind = "statistics",
            Url = urls.Page(edition, Folder),
            AlternateUrl = urls.Page(edition.Other, Folder),
            Title = title,
            Description = context.Text("statisticsIntro"),
            Breadcrumbs = [new Crumb(context.Text("home"), urls.Page(edition, "")), new Crumb(title, "")],
            Data = new Dictionary<string, object?>
            {
                ["statistics"] = new
                {
                    series = index.Series.Select(s => SeriesData.GetValue(s, s => new
                    {
                        anchor = s.Anchor,
                        indicator = s.Indicator,
                        unit = s.Unit,
                        chartSvg = SeriesChart.Svg(s, labels),
                        points = s.Points.Select(p => new
                        {
                            period = p.Period,
                            value = p.Value,
                            unit = p.Unit,
                            change = p.Change,
                            note = p.Note,
                            chapterTitle = p.Chapter.Title,
                            url = p.Url,
                        }).ToList(),
                    })).ToList(),
                    csvUrl = urls.Page(edition, Folder + "statistics.csv"),
                    jsonUrl = urls.Page(edition, Folder + "statistics.json"),
                },
            },
        };
    }
}
