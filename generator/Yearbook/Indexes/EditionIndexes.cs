using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes.Chronicle;
using Yearbook.Indexes.Honors;
using Yearbook.Indexes.Statistics;
using Yearbook.Indexes.Subjects;
using Yearbook.Model;

namespace Yearbook.Indexes;

/// <summary>What one index publishes: its pages and its downloads.</summary>
/// <param name="Kind">The index.</param>
/// <param name="Pages">The index's landing page, then its split pages.</param>
/// <param name="Files">The downloads, by output path relative to the site.</param>
internal sealed record IndexOutput(IndexKinds Kind, IReadOnlyList<Page> Pages, IReadOnlyList<(string Path, byte[] Bytes)> Files);

/// <summary>
/// The indexes across volumes of one edition, wired in one place: honors, statistics and subjects,
/// each with its page and, for honors and statistics, its CSV and JSON downloads.
/// </summary>
/// <param name="Honors">The honors index.</param>
/// <param name="Statistics">The statistics index.</param>
/// <param name="Subjects">The subject index.</param>
/// <param name="Outputs">What each index publishes: honors, statistics, subjects, chronicle.</param>
internal sealed record EditionIndexes(HonorsIndex Honors, StatisticsIndex Statistics, SubjectIndex Subjects, IReadOnlyList<IndexOutput> Outputs)
{
    /// <summary>The index pages.</summary>
    public IEnumerable<Page> Pages => Outputs.SelectMany(o => o.Pages);

    /// <summary>The downloads, by output path relative to the site.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Files => Outputs.SelectMany(o => o.Files);

    /// <summary>
    /// The Simplified forms of the texts the indexes compare (indicators, units, honors, headings), by text
    /// and script: the next build of this edition's indexes after an edit starts from them rather than
    /// converting thousands of texts again. Only ever used by one build at a time.
    /// </summary>
    private Dictionary<(string, Script), string> SimplifiedForms { get; init; } = [];

    /// <summary>
    /// What the statistics page and downloads show of each series, for the next build of this edition's
    /// indexes after an edit: the series it keeps keep their parts, charts included.
    /// </summary>
    private StatisticsParts? StatisticsParts { get; init; }

    /// <summary>
    /// Builds the indexes of <paramref name="contents"/> for <paramref name="converter"/>'s edition;
    /// <paramref name="simplified"/> converts into Simplified script, in which headings, indicators and
    /// honors are compared. Consistency warnings go to <paramref name="diagnostics"/> when given (one edition only).
    /// With <paramref name="previous"/>, only the indexes in <paramref name="rebuild"/> are built again;
    /// the others, their pages and downloads are taken from it (an edit that none of them shows).
    /// <paramref name="statisticsInPlace"/> lists the statistics (as written, before and after, with their
    /// chapter's script) of an edit that changed statistics in place: only their series are built again.
    /// </summary>
    public static EditionIndexes Build(SiteConfig config, TableOfContents contents, EditionConverter converter, EditionConverter simplified,
        EditionContext context, SiteUrls urls, DiagnosticBag? diagnostics, EditionIndexes? previous = null, IndexKinds rebuild = IndexKinds.All,
        IReadOnlyList<(Statistic Statistic, Script Script)>? statisticsInPlace = null)
    {
        if (previous is null)
        {
            rebuild = IndexKinds.All;
        }

        var edition = converter.Edition;
        var chapters = contents.Volumes.SelectMany(v => v.Chapters).ToList();
        // Indicators, units and honors repeat across thousands of chapters: each is converted once.
        var simplifiedForms = previous?.SimplifiedForms ?? [];
        string Simplified(string text, Script script) =>
            simplifiedForms.TryGetValue((text, script), out var known) ? known : simplifiedForms[(text, script)] = simplified.Convert(text, script);
        string ChapterUrl(EditionChapter chapter) => urls.Chapter(edition, chapter.Source);
        IndexOutput Previous(IndexKinds kind) => previous!.Outputs.First(o => o.Kind == kind);
        var folder = edition.Code + "/";

        var honors = previous?.Honors;
        var honorsOutput = previous is null ? null : Previous(IndexKinds.Honors);
        if (rebuild.HasFlag(IndexKinds.Honors))
        {
            honors = new HonorsIndexBuilder(Simplified).Build(chapters, ChapterUrl, diagnostics);
            var rows = HonorsDownloads.Rows(honors, context, urls);
            honorsOutput = new IndexOutput(IndexKinds.Honors, HonorsPage.Build(honors, edition, context, urls),
            [
                (folder + HonorsPage.Folder + "honors.csv", HonorsDownloads.Csv(rows, context)),
                (folder + HonorsPage.Folder + "honors.json", HonorsDownloads.Json(rows)),
            ]);
        }

        var statistics = previous?.Statistics;
        var statisticsOutput = previous is null ? null : Previous(IndexKinds.Statistics);
        var statisticsParts = previous?.StatisticsParts;
        if (rebuild.HasFlag(IndexKinds.Statistics))
        {
            var builder = new StatisticsIndexBuilder(Simplified, StatisticsIndexBuilder.CodesOf(config, Simplified));
            statistics = (statisticsInPlace is null ? null : builder.Update(previous!.Statistics, chapters, statisticsInPlace, ChapterUrl, diagnostics))
                ?? builder.Build(chapters, ChapterUrl, diagnostics);
            var categories = StatisticsCategory.Of(statistics, contents.Volumes, context.Text("otherCategory"));
            statisticsParts = StatisticsParts.Make(categories, edition, context, urls, statisticsParts);
            // The landing page, then the category and indicator pages (an update keeps the objects of those it did not change).
            statisticsOutput = new IndexOutput(IndexKinds.Statistics, [StatisticsPage.Build(statistics, categories, contents.Volumes, edition, context, urls), .. statisticsParts.Pages],
            [
                (folder + StatisticsPage.Folder + "statistics.csv", StatisticsDownloads.Csv(statistics.Series.Select(statisticsParts.CsvLines), context)),
                (folder + StatisticsPage.Folder + "statistics.json", StatisticsDownloads.Json(statistics.Series.Select(statisticsParts.JsonItems))),
            ]);
        }

        var subjects = previous?.Subjects;
        var subjectsOutput = previous is null ? null : Previous(IndexKinds.Subjects);
        if (rebuild.HasFlag(IndexKinds.Subjects))
        {
            var stroke = edition.Script == Script.Hant && config.SubjectsTraditionalOrder == TraditionalOrder.Stroke;
            subjects = new SubjectIndexBuilder(new PinyinCollation(), Simplified).Build(chapters, stroke, context.Text("strokes"));
            // Stroke order in one edition groups the headings otherwise than pinyin order in the other.
            var sameInOther = config.SubjectsTraditionalOrder != TraditionalOrder.Stroke;
            subjectsOutput = new IndexOutput(IndexKinds.Subjects, SubjectsPage.Build(subjects, edition, context, urls, contents, sameInOther), []);
        }

        var chronicleOutput = previous is null ? null : Previous(IndexKinds.Chronicle);
        if (rebuild.HasFlag(IndexKinds.Chronicle))
        {
            var chronicle = new ChronicleIndexBuilder(ChapterUrl).Build(contents.Volumes);
            chronicleOutput = new IndexOutput(IndexKinds.Chronicle, ChroniclePage.Build(chronicle, edition, context, urls), []);
        }

        return new EditionIndexes(honors!, statistics!, subjects!, [honorsOutput!, statisticsOutput!, subjectsOutput!, chronicleOutput!]) { SimplifiedForms = simplifiedForms, StatisticsParts = statisticsParts };
    }

    /// <summary>The address of a tag's entry in the subject index, as a chapter page of this edition links it.</summary>
    public string SubjectUrl(SiteUrls urls, Edition edition, string tag) =>
        Subjects.TagAnchor(tag) is { } anchor ? SubjectsPage.Url(Subjects, urls, edition, anchor) : urls.Page(edition, SubjectsPage.Folder);
}
