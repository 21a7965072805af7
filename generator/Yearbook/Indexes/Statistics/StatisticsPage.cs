using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// The statistics pages of an edition; their contexts are documented in the theme's README. The landing
/// page (<c>/{edition}/statistics/</c>) only counts, by category and by volume, so it stays small however
/// many volumes a series has; each category lists its indicators on pages of <see cref="SeriesPerPage"/>
/// (<c>statistics/category/{slug}/</c>, then <c>…/2/</c>); each indicator has its own page with its chart
/// and table (<c>statistics/{code}/</c>).
/// </summary>
internal static class StatisticsPage
{
    /// <summary>The folder of the pages and the downloads, relative to the edition.</summary>
    public const string Folder = SitePaths.Statistics;

    /// <summary>The folder of the category pages, relative to the edition.</summary>
    public const string CategoryFolder = Folder + "category/";

    /// <summary>The indicators listed on one category page: about 1,500 elements and 80 KB.</summary>
    public const int SeriesPerPage = 200;

    /// <summary>The landing page of <paramref name="index"/>.</summary>
    public static Page Build(StatisticsIndex index, IReadOnlyList<StatisticsCategory> categories, IReadOnlyList<EditionVolume> volumes,
        Edition edition, EditionContext context, SiteUrls urls)
    {
        var byVolume = index.Series.SelectMany(s => s.Points).GroupBy(p => p.Chapter.Source.VolumeSlug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return SectionPage.Build("statistics", Folder, edition, context, urls, new StatisticsPageData
        {
            Statistics = new StatisticsView
            {
                SeriesCount = index.Series.Count,
                PointCount = index.Series.Sum(s => s.Points.Count),
                ChartCount = index.Series.Count(SeriesChart.Draws),
                Categories = categories.Select(c => new StatisticsCategoryLink
                {
                    Title = c.Title,
                    Url = urls.Page(edition, CategoryPath(c.Slug, 1)),
                    SeriesCount = c.Series.Count,
                    PointCount = c.Series.Sum(s => s.Points.Count),
                }).ToList(),
                Volumes = volumes.Where(v => byVolume.ContainsKey(v.Source.Slug)).Select(v => new StatisticsVolumeLink
                {
                    Title = v.Title,
                    RecordYear = v.Source.RecordYear,
                    Url = urls.Volume(edition, v.Source),
                    PointCount = byVolume[v.Source.Slug],
                }).ToList(),
                CsvUrl = urls.Page(edition, Folder + "statistics.csv"),
                JsonUrl = urls.Page(edition, Folder + "statistics.json"),
                DataPackageUrl = urls.Page(edition, SitePaths.DataPackage),
            },
        }, context.Text("statisticsIntro"));
    }

    /// <summary>The folder of page <paramref name="number"/> (from 1) of a category, relative to the edition.</summary>
    public static string CategoryPath(string slug, int number) => CategoryFolder + slug + "/" + (number > 1 ? $"{number}/" : "");

    /// <summary>The folder of an indicator's page, relative to the edition.</summary>
    public static string IndicatorPath(StatisticsSeries series) => Folder + series.Code + "/";

    /// <summary>
    /// Page <paramref name="number"/> of <paramref name="pageCount"/> of <paramref name="category"/>: the indicators
    /// <paramref name="series"/> it lists, each with its periods, its count and its latest value.
    /// </summary>
    public static Page Category(StatisticsCategory category, IReadOnlyList<StatisticsSeries> series, int number, int pageCount,
        Edition edition, EditionContext context, SiteUrls urls)
    {
        var path = CategoryPath(category.Slug, number);
        var title = category.Title + context.Text("categoryIndicators");
        var pageTitle = number > 1 ? $"{title}（{context.Text("pagePrefix")}{number}{context.Text("pageSuffix")}）" : title;
        return new Page
        {
            Kind = "statisticsCategory",
            Url = urls.Page(edition, path),
            AlternateUrl = urls.Page(edition.Other, path),
            Title = pageTitle,
            Breadcrumbs =
            [
                new Crumb(context.Text("home"), urls.Page(edition, "")),
                new Crumb(context.Text("statistics"), urls.Page(edition, Folder)),
                new Crumb(pageTitle, ""),
            ],
            Data = TemplateFields.Values(new StatisticsCategoryPageData
            {
                StatisticsCategory = new StatisticsCategoryView
                {
                    Title = title,
                    SeriesCount = category.Series.Count,
                    Series = series.Select(s => new IndicatorRow
                    {
                        Indicator = s.Indicator,
                        Unit = s.Unit,
                        Url = urls.Page(edition, IndicatorPath(s)),
                        FirstPeriod = s.Points[0].Period,
                        LastPeriod = s.Points[^1].Period,
                        Count = s.Points.Count,
                        LatestValue = s.Points[^1].Value,
                        Chart = SeriesChart.Draws(s),
                    }).ToList(),
                    Pages = pageCount < 2 ? [] : Enumerable.Range(1, pageCount).Select(n => new CategoryPageLink
                    {
                        Number = n,
                        Url = urls.Page(edition, CategoryPath(category.Slug, n)),
                        Current = n == number,
                    }).ToList(),
                    PreviousUrl = number > 1 ? urls.Page(edition, CategoryPath(category.Slug, number - 1)) : "",
                    NextUrl = number < pageCount ? urls.Page(edition, CategoryPath(category.Slug, number + 1)) : "",
                },
            }),
        };
    }

    /// <summary>
    /// The page of <paramref name="series"/>: its chart and table, how its units were reconciled, and each
    /// point's chapter; it sits under <paramref name="category"/> (slug and title) in the breadcrumbs.
    /// </summary>
    public static Page Indicator(StatisticsSeries series, (string Slug, string Title) category, SeriesView seriesData,
        Edition edition, EditionContext context, SiteUrls urls)
    {
        var path = IndicatorPath(series);
        var writtenUnits = series.Points.Select(p => p.Converted ? p.Statistic.Unit : p.Unit).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new Page
        {
            Kind = "statisticsIndicator",
            Url = urls.Page(edition, path),
            AlternateUrl = urls.Page(edition.Other, path),
            Title = series.Unit.Length > 0 ? $"{series.Indicator}（{series.Unit}）" : series.Indicator,
            Description = context.Text(SeriesChart.Draws(series) ? "indicatorIntro" : "indicatorIntroTable"),
            Breadcrumbs =
            [
                new Crumb(context.Text("home"), urls.Page(edition, "")),
                new Crumb(context.Text("statistics"), urls.Page(edition, Folder)),
                new Crumb(category.Title + context.Text("categoryIndicators"), urls.Page(edition, CategoryPath(category.Slug, 1))),
                new Crumb(series.Indicator, ""),
            ],
            Data = TemplateFields.Values(new StatisticsIndicatorPageData
            {
                StatisticsIndicator = new IndicatorView
                {
                    Code = series.Code,
                    Series = seriesData,
                    Reconciled = series.Reconciled,
                    WrittenUnits = string.Join("、", writtenUnits),
                    SplitByUnit = series.Key.Contains(StatisticsIndexBuilder.KeyUnitSeparator, StringComparison.Ordinal),
                    CsvUrl = urls.Page(edition, Folder + "statistics.csv"),
                    JsonUrl = urls.Page(edition, Folder + "statistics.json"),
                    DataPackageUrl = urls.Page(edition, SitePaths.DataPackage),
                },
            }),
        };
    }

    /// <summary>The chart's texts in the edition's script.</summary>
    internal static SeriesChart.Labels ChartLabels(EditionContext context) => new(context.Text("period"), context.Text("unit"));

    /// <summary>The chart and table of <paramref name="series"/> (see <see cref="StatisticsParts"/>).</summary>
    internal static SeriesView SeriesData(StatisticsSeries series, SeriesChart.Labels labels) => new()
    {
        Anchor = series.Anchor,
        Indicator = series.Indicator,
        Unit = series.Unit,
        ChartSvg = RawHtml.From(SeriesChart.Svg(series, labels)),
        Points = series.Points.Select(p => new PointRow
        {
            Period = p.Period,
            Value = p.Value,
            Unit = p.Unit,
            Change = p.Change,
            Note = p.Note,
            ChapterTitle = p.Chapter.Title,
            Url = p.Url,
        }).ToList(),
    };
}
