using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// What one edition's statistics pages and downloads show of each series: its indicator page, chart
/// included, and its download rows, made once per series; and the category pages, made once per list of
/// series. The edition's indexes keep them for their next update: after an edit of a few statistics the
/// preview keeps every other series, the same objects (<see cref="StatisticsIndexBuilder.Update"/>), and
/// takes their pages from here, the same <see cref="Page"/> objects, which it then need not write again.
/// </summary>
internal sealed class StatisticsParts
{
    private readonly Dictionary<StatisticsSeries, SeriesParts> _bySeries;
    private readonly Dictionary<string, CategoryPage> _categoryPages;

    private StatisticsParts(Dictionary<StatisticsSeries, SeriesParts> bySeries, Dictionary<string, CategoryPage> categoryPages)
    {
        _bySeries = bySeries;
        _categoryPages = categoryPages;
    }

    /// <summary>The category pages, then the indicator pages, in the order of <see cref="Make"/>'s categories.</summary>
    public IReadOnlyList<Page> Pages { get; private init; } = [];

    /// <summary>
    /// Makes the parts of every series of <paramref name="categories"/> (the categories of one edition's index);
    /// a series that <paramref name="previous"/> (the same edition's parts before an update) holds, under the
    /// same category, keeps its parts, and a category page listing the same series keeps its page. A series
    /// belongs to one edition's index, so its labels and addresses are still those its parts were made with.
    /// </summary>
    public static StatisticsParts Make(IReadOnlyList<StatisticsCategory> categories, Edition edition, EditionContext context, SiteUrls urls, StatisticsParts? previous)
    {
        var labels = StatisticsPage.ChartLabels(context);
        // By identity: series are records, and two series with equal values are still two pages.
        var bySeries = new Dictionary<StatisticsSeries, SeriesParts>(ReferenceEqualityComparer.Instance);
        var categoryPages = new Dictionary<string, CategoryPage>(StringComparer.Ordinal);
        var pages = new List<Page>();
        foreach (var category in categories)
        {
            var count = Math.Max(1, (category.Series.Count + StatisticsPage.SeriesPerPage - 1) / StatisticsPage.SeriesPerPage);
            for (var n = 1; n <= count; n++)
            {
                var listed = category.Series.Skip((n - 1) * StatisticsPage.SeriesPerPage).Take(StatisticsPage.SeriesPerPage).ToList();
                var url = urls.Page(edition, StatisticsPage.CategoryPath(category.Slug, n));
                var page = previous?._categoryPages.GetValueOrDefault(url) is { } old && old.Title == category.Title && old.PageCount == count
                    && old.SeriesCount == category.Series.Count && old.Series.SequenceEqual(listed, ReferenceEqualityComparer.Instance)
                    ? old
                    : new CategoryPage(category.Title, count, category.Series.Count, listed, StatisticsPage.Category(category, listed, n, count, edition, context, urls));
                categoryPages[url] = page;
                pages.Add(page.Page);
            }
        }

        foreach (var category in categories)
        {
            foreach (var series in category.Series)
            {
                var parts = previous?._bySeries.GetValueOrDefault(series) is { } old && old.Category == (category.Slug, category.Title)
                    ? old
                    : Parts(series, (category.Slug, category.Title));
                bySeries[series] = parts;
                pages.Add(parts.Page);
            }
        }

        return new StatisticsParts(bySeries, categoryPages) { Pages = pages };

        SeriesParts Parts(StatisticsSeries series, (string Slug, string Title) category) => new(
            category,
            StatisticsPage.Indicator(series, category, StatisticsPage.SeriesData(series, labels), edition, context, urls),
            StatisticsDownloads.SeriesRows(series, urls));
    }

    /// <summary>The CSV lines of <paramref name="series"/> (<see cref="StatisticsDownloads.CsvLines"/>), a series of the index these parts were made for.</summary>
    public byte[] CsvLines(StatisticsSeries series) => _bySeries[series].CsvLines;

    /// <summary>The JSON items of <paramref name="series"/> (<see cref="StatisticsDownloads.JsonItems"/>).</summary>
    public byte[] JsonItems(StatisticsSeries series) => _bySeries[series].JsonItems;

    private sealed record SeriesParts((string Slug, string Title) Category, Page Page, StatisticsDownloads.Row[] Rows)
    {
        public byte[] CsvLines { get; } = StatisticsDownloads.CsvLines(Rows);

        public byte[] JsonItems { get; } = StatisticsDownloads.JsonItems(Rows);
    }

    private sealed record CategoryPage(string Title, int PageCount, int SeriesCount, IReadOnlyList<StatisticsSeries> Series, Page Page);
}
