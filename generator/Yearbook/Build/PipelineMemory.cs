using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Indexes;
using Yearbook.Model;
using Yearbook.Indexes.Honors;
using Yearbook.Indexes.Statistics;
using Yearbook.Indexes.Chronicle;
using Yearbook.Indexes.Subjects;
using Yearbook.Rendering;

namespace Yearbook.Build;

/// <summary>
/// The chapters whose conversion read a part of another source (a chapter its links name), by that part:
/// so that an edit finds the kept conversions it may change without visiting every chapter.
/// </summary>
internal static class ConversionReaders
{
    /// <summary>
    /// The readers of <paramref name="conversions"/>: those of <paramref name="kept"/> with the reads of
    /// <paramref name="converted"/>, the chapters converted since, added (every chapter's when nothing was kept). A reader
    /// left over from an earlier conversion is harmless, since each is checked against its conversion's own reads
    /// before it is converted again.
    /// </summary>
    public static Dictionary<ContentRead, HashSet<string>> Of(IReadOnlyDictionary<string, Kept<ChapterConversion>> conversions, IEnumerable<string> converted, PipelineMemory? kept)
    {
        var readers = kept?.Readers as Dictionary<ContentRead, HashSet<string>> ?? [];
        foreach (var path in kept is null ? conversions.Keys : converted)
        {
            if (!conversions.TryGetValue(path, out var conversion) || conversion.Reads is not { } reads)
            {
                continue;
            }

            foreach (var read in reads)
            {
                if (read.Source != path)
                {
                    if (!readers.TryGetValue(read, out var paths))
                    {
                        readers[read] = paths = new HashSet<string>(StringComparer.Ordinal);
                    }

                    paths.Add(path);
                }
            }
        }

        return readers;
    }
}

/// <summary>A stage's result with what it read (<see cref="ContentReads"/>).</summary>
/// <typeparam name="T">The result.</typeparam>
/// <param name="Value">The result.</param>
/// <param name="Reads">What computing it read; null when nothing was recorded (a build that keeps nothing).</param>
internal sealed record Kept<T>(T Value, HashSet<ContentRead>? Reads)
{
    /// <summary>Whether the result still holds: it was recorded and read none of <paramref name="changed"/>.</summary>
    public bool Holds(IReadOnlySet<ContentRead> changed) => Reads is { } reads && !changed.Any(reads.Contains);
}

/// <summary>One chapter converted into every edition, with the content files its body uses.</summary>
/// <param name="Source">The chapter as loaded.</param>
/// <param name="Editions">The chapter in each edition, in <see cref="Edition.All"/> order.</param>
/// <param name="Media">The content files the body uses (paths relative to the site folder).</param>
internal sealed record ChapterConversion(Chapter Source, EditionChapter[] Editions, string[] Media);

/// <summary>What an output file was made from: what it read, and for a page its sitemap entry.</summary>
/// <param name="Reads">What making it read; null when nothing was recorded.</param>
/// <param name="Sitemap">The page's sitemap entry, or null for a file that is not a page.</param>
internal sealed record OutputSource(HashSet<ContentRead>? Reads, SitemapEntry? Sitemap)
{
    /// <summary>For an index page, the page object rendered (<see cref="SitePipeline"/> renders it again only when its index made another).</summary>
    public Page? Made { get; init; }
}

/// <summary>A page as the sitemap lists it.</summary>
/// <param name="Page">The page, its data dropped.</param>
/// <param name="Lang">Its edition's language tag.</param>
/// <param name="OtherLang">The other edition's.</param>
internal sealed record SitemapEntry(Page Page, string Lang, string OtherLang);

/// <summary>What the pipeline kept of one edition.</summary>
/// <param name="Converter">The edition's converter.</param>
/// <param name="Contents">The table of contents.</param>
/// <param name="Context">The template context its pages share.</param>
/// <param name="SiteTitle">The site's title in its script.</param>
/// <param name="SimplifiedForms">The Simplified forms its indexes converted (a pure function's results).</param>
/// <param name="Honors">The honors index, kept by what it read.</param>
/// <param name="Statistics">The statistics index, kept by what it read.</param>
/// <param name="Subjects">The subject index, kept by what it read.</param>
/// <param name="Chronicle">The chronicle across volumes, kept by what it read.</param>
internal sealed record EditionMemory(
    EditionConverter Converter,
    TableOfContents Contents,
    EditionContext Context,
    string SiteTitle,
    Dictionary<(string, Script), string> SimplifiedForms,
    Kept<BuiltIndex<HonorsIndex>> Honors,
    Kept<BuiltIndex<StatisticsIndex>> Statistics,
    Kept<BuiltIndex<SubjectIndex>> Subjects,
    Kept<BuiltIndex<ChronicleIndex>> Chronicle)
{
    /// <summary>The edition.</summary>
    public Edition Edition => Converter.Edition;

    /// <summary>The indexes as the pages see them.</summary>
    public EditionIndexes Indexes => new(Honors.Value, Statistics.Value, Subjects.Value, Chronicle.Value);
}

/// <summary>
/// What a run of the pipeline keeps for the next: the site as loaded, each chapter converted (by path,
/// with the chapter it was converted from), each edition's indexes and each output file by what it read.
/// A full build keeps nothing; <c>serve</c> runs the pipeline again with the last memory and the files
/// that changed, and only stages whose inputs changed run again.
/// </summary>
internal sealed record PipelineMemory(
    string OutputFolder,
    Site Site,
    Theme Theme,
    SiteUrls Urls,
    ChapterMarkdown Markdown,
    MarkdownHtml Html,
    IReadOnlyDictionary<string, Chapter> Chapters,
    IReadOnlyDictionary<string, Kept<ChapterConversion>> Conversions,
    IReadOnlyDictionary<ContentRead, HashSet<string>> Readers,
    IReadOnlyList<EditionMemory> Editions,
    PageListing Pages,
    IReadOnlySet<string> Media)
{
    /// <summary>
    /// The chapter published from <paramref name="path"/> (relative to the site folder, with <c>/</c>), if any.
    /// </summary>
    public Chapter? ChapterAt(string path) => Conversions.TryGetValue(path, out var c) ? c.Value.Source : null;

    /// <summary>Whether a published chapter lies inside <paramref name="folder"/> (relative to the site folder).</summary>
    public bool HasChaptersIn(string folder)
    {
        var prefix = folder + "/";
        var slash = folder.IndexOf('/');
        var slug = slash < 0 ? folder : folder[..slash];
        return Site.Volumes.FirstOrDefault(v => v.Slug == slug)?.Chapters.Any(c => c.Path.StartsWith(prefix, StringComparison.Ordinal)) == true;
    }
}
