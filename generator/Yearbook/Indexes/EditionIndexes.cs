using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes.Contents;
using Yearbook.Indexes.Honors;
using Yearbook.Indexes.Statistics;
using Yearbook.Indexes.Subjects;
using Yearbook.Rendering;

namespace Yearbook.Indexes;

/// <summary>
/// The indexes across volumes of one edition, wired in one place: honors, statistics and subjects,
/// each with its page and, for honors and statistics, its CSV and JSON downloads.
/// </summary>
/// <param name="Honors">The honors index.</param>
/// <param name="Statistics">The statistics index.</param>
/// <param name="Subjects">The subject index.</param>
/// <param name="Pages">The three index pages.</param>
/// <param name="Files">The downloads, by output path relative to the site.</param>
public sealed record EditionIndexes(HonorsIndex Honors, StatisticsIndex Statistics, SubjectIndex Subjects, IReadOnlyList<Page> Pages, IReadOnlyList<(string Path, byte[] Bytes)> Files)
{
    /// <summary>
    /// Builds the indexes of <paramref name="contents"/> for <paramref name="converter"/>'s edition;
    /// <paramref name="simplified"/> converts into Simplified script, in which headings, indicators and
    /// honors are compared. Consistency warnings go to <paramref name="diagnostics"/> when given (one edition only).
    /// </summary>
    public static EditionIndexes Build(SiteConfig config, TableOfContents contents, EditionConverter converter, EditionConverter simplified,
        EditionContext context, SiteUrls urls, DiagnosticBag? diagnostics)
    {
        var edition = converter.Edition;
        var chapters = contents.Volumes.SelectMany(v => v.Chapters).ToList();
        // Indicators, units and honors repeat across thousands of chapters: each is converted once.
        var simplifiedForms = new Dictionary<(string, Script), string>();
        string Simplified(string text, Script script) =>
            simplifiedForms.TryGetValue((text, script), out var known) ? known : simplifiedForms[(text, script)] = simplified.Convert(text, script);
        string Local(string text) => converter.Convert(text, Script.Hans);
        string ChapterUrl(EditionChapter chapter) => urls.Chapter(edition, chapter.Source);

        var honors = new HonorsIndexBuilder(Simplified).Build(chapters, ChapterUrl, diagnostics);
        var statistics = new StatisticsIndexBuilder(Simplified).Build(chapters, ChapterUrl, diagnostics);
        var stroke = edition.Script == Script.Hant && config.SubjectsTraditionalOrder == TraditionalOrder.Stroke;
        var subjects = new SubjectIndexBuilder(new PinyinCollation(), Simplified).Build(chapters, stroke, Local("画"));

        var honorRows = HonorsDownloads.Rows(honors, context, urls, Local);
        var statisticRows = StatisticsDownloads.Rows(statistics, urls);
        var folder = edition.Code + "/";
        return new EditionIndexes(honors, statistics, subjects,
            [
                HonorsPage.Build(honors, edition, context, urls, Local),
                StatisticsPage.Build(statistics, edition, context, urls),
                SubjectsPage.Build(subjects, edition, context, urls, contents),
            ],
            [
                (folder + HonorsPage.Folder + "honors.csv", HonorsDownloads.Csv(honorRows, context)),
                (folder + HonorsPage.Folder + "honors.json", HonorsDownloads.Json(honorRows)),
                (folder + StatisticsPage.Folder + "statistics.csv", StatisticsDownloads.Csv(statisticRows, context)),
                (folder + StatisticsPage.Folder + "statistics.json", StatisticsDownloads.Json(statisticRows)),
            ]);
    }

    /// <summary>The address of a tag's entry in the subject index, as a chapter page of this edition links it.</summary>
    public string SubjectUrl(SiteUrls urls, Edition edition, string tag) =>
        urls.Page(edition, SubjectsPage.Folder) + (Subjects.TagAnchor(tag) is { } anchor ? "#" + anchor : "");
}
