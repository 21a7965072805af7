using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// What one edition's statistics pages and downloads show of each series: its indicator page, chart
/// included, and its download rows, made once per series; and the category pages, made once per list of
/// series. The next build of the edition's index after an edit (<see cref="EditionIndexes.BuildStatistics"/>)
/// keeps the parts of every series whose points are still the same statistics of the same chapters, the same
/// <see cref="Page"/> objects, which the pipeline then need not render again.
/// </summary>
internal sealed class StatisticsParts
{
    private readonly Dictionary<StatisticsSeries, SeriesParts> _bySeries;
    private readonly Dictionary<string, SeriesParts> _byCode;
    private readonly Dictionary<string, CategoryPage> _categoryPages;

    private StatisticsParts(Dictionary<StatisticsSeries, SeriesParts> bySeries, Dictionary<string, CategoryPage> categoryPages)
    {
        _bySeries = bySeries;
        _byCode = bySeries.Values.ToDictionary(p => p.Series.Code, StringComparer.Ordinal);
        _categoryPages = categoryPages;
    }

    /// <summary>The category pages, then the indicator pages, in the order of <see cref="Make"/>'s categories.</summary>
    public IReadOnlyList<Page> Pages { get; private init; } = [];

    /// <summary>
    /// Makes the parts of every series of <paramref name="categories"/> (the categories of one edition's index).
    /// A series that <paramref name="previous"/> (the same edition's parts before an edit) made under the same
    /// category from the same points keeps its parts, and a category page listing the same series keeps its page;
    /// what making them read is noted again (<see cref="ContentReads"/>), as if they had been made now.
    /// </summary>
    public static StatisticsParts Make(IReadOnlyList<StatisticsCategory> categories, Edition edition, EditionContext context, SiteUrls urls, StatisticsParts? previous)
    {
        var labels = StatisticsPage.ChartLabels(context);
        // By identity: series are records, and two series with equal values are still two pages.
        var bySeries = new Dictionary<StatisticsSeries, SeriesParts>(ReferenceEqualityComparer.Instance);
        foreach (var category in categories)
        {
            foreach (var series in category.Series)
            {
                bySeries[series] = previous?._byCode.GetValueOrDefault(series.Code) is { } old && old.Category == (category.Slug, category.Title) && Same(old.Series, series)
                    ? old.Replayed()
                    : ContentReads.Record(() => new SeriesParts(series, (category.Slug, category.Title),
                        StatisticsPage.Indicator(series, (category.Slug, category.Title), StatisticsPage.SeriesData(series, labels), edition, context, urls),
                        StatisticsDownloads.SeriesRows(series, urls)), out var reads) with { Reads = reads };
            }
        }

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
                    && old.SeriesCount == category.Series.Count && old.Series.SequenceEqual(listed.Select(s => bySeries[s].Series), ReferenceEqualityComparer.Instance)
                    ? old.Replayed()
                    : ContentReads.Record(() => new CategoryPage(category.Title, count, category.Series.Count, listed.Select(s => bySeries[s].Series).ToList(),
                        StatisticsPage.Category(category, listed, n, count, edition, context, urls)), out var reads) with { Reads = reads };
                categoryPages[url] = page;
                pages.Add(page.Page);
            }
        }

        pages.AddRange(categories.SelectMany(c => c.Series).Select(s => bySeries[s].Page));
        return new StatisticsParts(bySeries, categoryPages) { Pages = pages };
    }

    /// <summary>The CSV lines of <paramref name="series"/> (<see cref="StatisticsDownloads.CsvLines"/>), a series of the index these parts were made for.</summary>
    public byte[] CsvLines(StatisticsSeries series) => _bySeries[series].CsvLines;

    /// <summary>The JSON items of <paramref name="series"/> (<see cref="StatisticsDownloads.JsonItems"/>).</summary>
    public byte[] JsonItems(StatisticsSeries series) => _bySeries[series].JsonItems;

    /// <summary>
    /// The CSV lines of <paramref name="series"/> in each volume (by slug), with whether its values there all pass
    /// <paramref name="numeric"/>: the volumes' tables, made once per series and kept with its other parts.
    /// </summary>
    public IReadOnlyDictionary<string, VolumeLines> ByVolume(StatisticsSeries series, Func<string, bool> numeric) => _bySeries[series].ByVolume(numeric);

    /// <summary>A series' rows in one volume: their CSV lines, and whether every value passed the test given.</summary>
    /// <param name="CsvLines">The CSV lines.</param>
    /// <param name="Numeric">Whether every value passed.</param>
    public sealed record VolumeLines(byte[] CsvLines, bool Numeric);

    /// <summary>
    /// Whether two series show the same: the same code, names and unit, and point by point the same statistic of
    /// the same chapter (kept objects: a chapter converted again is another object) with the same value.
    /// </summary>
    private static bool Same(StatisticsSeries a, StatisticsSeries b) => ReferenceEquals(a, b) ||
        a.Code == b.Code && a.Key == b.Key && a.Indicator == b.Indicator && a.Unit == b.Unit && a.Points.Count == b.Points.Count
        && a.Points.Zip(b.Points).All(p => ReferenceEquals(p.First.Statistic, p.Second.Statistic) && ReferenceEquals(p.First.Chapter, p.Second.Chapter)
            && p.First.Url == p.Second.Url && p.First.Value == p.Second.Value && p.First.Unit == p.Second.Unit && p.First.Note == p.Second.Note
            && p.First.Converted == p.Second.Converted);

    private sealed record SeriesParts(StatisticsSeries Series, (string Slug, string Title) Category, Page Page, StatisticsDownloads.Row[] Rows)
    {
        /// <summary>What making the parts read, noted again when a later build keeps them.</summary>
        public IReadOnlySet<ContentRead> Reads { get; init; } = new HashSet<ContentRead>();

        public byte[] CsvLines { get; } = StatisticsDownloads.CsvLines(Rows);

        public byte[] JsonItems { get; } = StatisticsDownloads.JsonItems(Rows);

        private Dictionary<string, VolumeLines>? _byVolume;

        // Made when first asked, from the series' rows (one per point, in order), and kept: one edition's parts are made
        // and read by one thread, and every caller passes the same test.
        public Dictionary<string, VolumeLines> ByVolume(Func<string, bool> numeric) => _byVolume ??= Series.Points.Zip(Rows)
            .GroupBy(p => p.First.Chapter.Source.VolumeSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new VolumeLines(StatisticsDownloads.CsvLines(g.Select(p => p.Second)), g.All(p => numeric(p.Second.Value))), StringComparer.Ordinal);

        public SeriesParts Replayed()
        {
            ContentReads.NoteAll(Reads);
            return this;
        }
    }

    private sealed record CategoryPage(string Title, int PageCount, int SeriesCount, IReadOnlyList<StatisticsSeries> Series, Page Page)
    {
        /// <summary>What making the page read, noted again when a later build keeps it.</summary>
        public IReadOnlySet<ContentRead> Reads { get; init; } = new HashSet<ContentRead>();

        public CategoryPage Replayed()
        {
            ContentReads.NoteAll(Reads);
            return this;
        }
    }
}
