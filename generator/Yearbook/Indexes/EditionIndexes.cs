using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes.Chronicle;
using Yearbook.Indexes.DataPackages;
using Yearbook.Indexes.Downloads;
using Yearbook.Indexes.Honors;
using Yearbook.Indexes.Statistics;
using Yearbook.Indexes.Subjects;
using Yearbook.Model;

namespace Yearbook.Indexes;

/// <summary>What one index publishes: its pages and its downloads.</summary>
/// <param name="Pages">The index's landing page, then its split pages.</param>
/// <param name="Files">The downloads, by output path relative to the site.</param>
internal sealed record IndexOutput(IReadOnlyList<Page> Pages, IReadOnlyList<DownloadFile> Files);

/// <summary>One index of an edition with what it publishes.</summary>
/// <typeparam name="T">The index.</typeparam>
/// <param name="Index">The index.</param>
/// <param name="Output">Its pages and downloads.</param>
internal sealed record BuiltIndex<T>(T Index, IndexOutput Output)
{
    /// <summary>What the next build of the index may keep of this one (the statistics' pages by series), or null.</summary>
    public StatisticsParts? Parts { get; init; }
}

/// <summary>
/// The indexes across volumes of one edition, wired in one place: honors, statistics, subjects and the chronicle,
/// each with its page and, for honors and statistics, its CSV and JSON downloads. Each is a function of
/// the table of contents alone, so the pipeline keeps each by what it read.
/// </summary>
/// <param name="Honors">The honors index.</param>
/// <param name="Statistics">The statistics index.</param>
/// <param name="Subjects">The subject index.</param>
/// <param name="Chronicle">The chronicle (大事记) across volumes.</param>
internal sealed record EditionIndexes(BuiltIndex<HonorsIndex> Honors, BuiltIndex<StatisticsIndex> Statistics, BuiltIndex<SubjectIndex> Subjects, BuiltIndex<ChronicleIndex> Chronicle)
{
    /// <summary>What each index publishes: honors, statistics, subjects, chronicle.</summary>
    public IReadOnlyList<IndexOutput> Outputs => [Honors.Output, Statistics.Output, Subjects.Output, Chronicle.Output];

    /// <summary>The index pages.</summary>
    public IEnumerable<Page> Pages => Outputs.SelectMany(o => o.Pages);

    /// <summary>The downloads, by output path relative to the site.</summary>
    public IEnumerable<DownloadFile> Files => Outputs.SelectMany(o => o.Files);

    /// <summary>
    /// Builds the indexes of <paramref name="contents"/>; see <see cref="Sources"/> for the parameters.
    /// Consistency warnings go to <paramref name="diagnostics"/> when given (one edition only).
    /// </summary>
    public static EditionIndexes Build(SiteConfig config, TableOfContents contents, EditionConverter converter, EditionConverter simplified,
        EditionContext context, SiteUrls urls, DiagnosticBag? diagnostics)
    {
        var sources = new Sources(config, contents, converter, simplified, context, urls, []);
        return new EditionIndexes(BuildHonors(sources, diagnostics), BuildStatistics(sources, diagnostics), BuildSubjects(sources), BuildChronicle(sources));
    }

    /// <summary>What the indexes of one edition are built from.</summary>
    /// <param name="Config">The site settings.</param>
    /// <param name="Contents">The edition's table of contents.</param>
    /// <param name="Converter">The edition's converter.</param>
    /// <param name="Simplified">Converts into Simplified script, in which headings, indicators and honors are compared.</param>
    /// <param name="Context">The edition's template context.</param>
    /// <param name="Urls">The site's addresses.</param>
    /// <param name="SimplifiedForms">
    /// The Simplified forms already made, by text and script: indicators, units and honors repeat across
    /// thousands of chapters, and each is converted once. A pure function's results, so they may be kept
    /// from build to build of one edition (never shared by two threads).
    /// </param>
    public sealed record Sources(SiteConfig Config, TableOfContents Contents, EditionConverter Converter, EditionConverter Simplified,
        EditionContext Context, SiteUrls Urls, Dictionary<(string, Script), string> SimplifiedForms)
    {
        internal Edition Edition => Converter.Edition;

        internal string Folder => Edition.Code + "/";

        internal List<EditionChapter> Chapters() => Contents.Volumes.SelectMany(v => v.Chapters).ToList();

        internal string ToSimplified(string text, Script script) =>
            SimplifiedForms.TryGetValue((text, script), out var known) ? known : SimplifiedForms[(text, script)] = Simplified.Convert(text, script);

        internal string Local(string text) => Converter.Convert(text, Script.Hans);

        internal string ChapterUrl(EditionChapter chapter) => Urls.Chapter(Edition, chapter.Source);
    }

    /// <summary>The honors index with its page and downloads.</summary>
    public static BuiltIndex<HonorsIndex> BuildHonors(Sources sources, DiagnosticBag? diagnostics)
    {
        var honors = new HonorsIndexBuilder(sources.ToSimplified).Build(sources.Chapters(), sources.ChapterUrl, diagnostics);
        var rows = HonorsDownloads.Rows(honors, sources.Context, sources.Urls);
        return new BuiltIndex<HonorsIndex>(honors, new IndexOutput(HonorsPage.Build(honors, sources.Edition, sources.Context, sources.Urls),
        [
            (sources.Folder + HonorsPage.Folder + "honors.csv", HonorsDownloads.Csv(rows, sources.Context)),
            (sources.Folder + HonorsPage.Folder + "honors.json", HonorsDownloads.Json(rows)),
            .. DataPackageFiles.HonorsTables(honors, sources.Contents, sources.Edition, sources.Context, sources.Urls),
        ]));
    }

    /// <summary>
    /// The statistics index with its pages and downloads: the landing page, then the category and indicator pages.
    /// The pages of <paramref name="previous"/> (this edition's index before an edit) whose series are unchanged are
    /// kept, the same objects, so the pipeline need not render them again.
    /// </summary>
    public static BuiltIndex<StatisticsIndex> BuildStatistics(Sources sources, DiagnosticBag? diagnostics, BuiltIndex<StatisticsIndex>? previous = null)
    {
        var statistics = new StatisticsIndexBuilder(sources.ToSimplified, StatisticsIndexBuilder.CodesOf(sources.Config, sources.ToSimplified)).Build(sources.Chapters(), sources.ChapterUrl, diagnostics, previous?.Index);
        var categories = StatisticsCategory.Of(statistics, sources.Contents.Volumes, sources.Context.Text("otherCategory"));
        var parts = StatisticsParts.Make(categories, sources.Edition, sources.Context, sources.Urls, previous?.Parts);
        var landing = StatisticsPage.Build(statistics, categories, sources.Contents.Volumes, sources.Edition, sources.Context, sources.Urls);
        return new BuiltIndex<StatisticsIndex>(statistics, new IndexOutput([landing, .. parts.Pages],
        [
            new DownloadFile(sources.Folder + StatisticsPage.Folder + "statistics.csv", StatisticsDownloads.Csv(statistics.Series.Select(parts.CsvLines), sources.Context)),
            new DownloadFile(sources.Folder + StatisticsPage.Folder + "statistics.json", StatisticsDownloads.Json(statistics.Series.Select(parts.JsonItems))),
            .. DataPackageFiles.StatisticsTablesAndDescriptors(statistics, parts, sources.Contents, sources.Edition, sources.Converter.Convert(sources.Config.Title, sources.Config.DefaultScript), sources.Context, sources.Urls),
        ])) { Parts = parts };
    }

    /// <summary>The subject index with its page.</summary>
    public static BuiltIndex<SubjectIndex> BuildSubjects(Sources sources)
    {
        var stroke = sources.Edition.Script == Script.Hant && sources.Config.SubjectsTraditionalOrder == TraditionalOrder.Stroke;
        var subjects = new SubjectIndexBuilder(new PinyinCollation(), sources.ToSimplified).Build(sources.Chapters(), stroke, sources.Context.Text("strokes"));
        // Stroke order in one edition groups the headings otherwise than pinyin order in the other.
        var sameInOther = sources.Config.SubjectsTraditionalOrder != TraditionalOrder.Stroke;
        return new BuiltIndex<SubjectIndex>(subjects, new IndexOutput(SubjectsPage.Build(subjects, sources.Edition, sources.Context, sources.Urls, sources.Contents, sameInOther), []));
    }

    /// <summary>The chronicle across volumes with its page.</summary>
    public static BuiltIndex<ChronicleIndex> BuildChronicle(Sources sources)
    {
        var chronicle = new ChronicleIndexBuilder(sources.ChapterUrl).Build(sources.Contents.Volumes);
        return new BuiltIndex<ChronicleIndex>(chronicle, new IndexOutput(ChroniclePage.Build(chronicle, sources.Edition, sources.Context, sources.Urls), []));
    }

    /// <summary>Every tag's address in the subject index (its letter's page and anchor), by tag: what chapter pages link.</summary>
    public IReadOnlyDictionary<string, string> SubjectLinks(SiteUrls urls, Edition edition) =>
        Subjects.Index.TagAnchors.ToDictionary(t => t.Key, t => SubjectsPage.Url(Subjects.Index, urls, edition, t.Value), StringComparer.Ordinal);

    /// <summary>
    /// The address of a tag's entry in the subject index, as a chapter page of this edition links it;
    /// records that the tag's place in the index was read.
    /// </summary>
    public string SubjectUrl(SiteUrls urls, Edition edition, string tag)
    {
        ContentReads.Note(tag, ContentPart.SubjectAnchor);
        return Subjects.Index.TagAnchor(tag) is { } anchor ? SubjectsPage.Url(Subjects.Index, urls, edition, anchor) : urls.Page(edition, SubjectsPage.Folder);
    }
}
