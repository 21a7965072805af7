using System.Collections.Concurrent;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes.Subjects;
using Yearbook.Model;
using Yearbook.Print.Renderers;
using Yearbook.Rendering;

namespace Yearbook.Print;

/// <summary>A volume printed in one edition: the PDF, its page count and the page of each chapter.</summary>
/// <param name="VolumeSlug">The volume's folder name.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Pdf">The PDF file.</param>
/// <param name="Pages">The number of pages.</param>
/// <param name="Chapters">Each chapter (by its path in the site) with its page in the PDF and the number printed on that page.</param>
public sealed record PrintedBook(string VolumeSlug, Edition Edition, string Pdf, int Pages, IReadOnlyDictionary<string, (int Page, int Printed)> Chapters)
{
    /// <summary>How long Typst took to lay out the book and write the PDF (for <c>yearbook print</c>'s report and the benchmark).</summary>
    public TimeSpan TypesetTime { get; init; }

    /// <summary>The processor time Typst used for the book, on all its threads.</summary>
    public TimeSpan TypesetCpuTime { get; init; }

    /// <summary>Each entry (条目), by its chapter's path and its id, with its page in the PDF and the number printed on that page.</summary>
    public IReadOnlyDictionary<(string Chapter, string Entry), (int Page, int Printed)> Entries { get; init; } = new Dictionary<(string, string), (int, int)>();

    /// <summary>The PDF's file name: <c>2025-zh-hans.pdf</c>.</summary>
    public static string FileName(string volumeSlug, Edition edition) => $"{volumeSlug}-{edition.Code}.pdf";
}

/// <summary>
/// Prints volumes of a site as books: every chapter converted into the edition's script (as for the
/// web), rendered to Typst (<see cref="TypstRenderer"/>), laid out by the theme's <c>print/book.typ</c>
/// and set by Typst (<see cref="Typesetter"/>), all books of a run in one typesetter process.
/// </summary>
internal sealed class BookPrinter
{
    private readonly Site _site;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates a printer for <paramref name="site"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public BookPrinter(Site site, DiagnosticBag diagnostics)
    {
        _site = site;
        _diagnostics = diagnostics;
    }

    /// <summary>Whether a missing typesetter is a warning (a site build, which publishes the rest) rather than an error (<c>yearbook print</c>).</summary>
    public bool MissingTypesetterIsWarning { get; init; }

    /// <summary>Told, in one line, when the typesetter is being installed on first use (which takes a while).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>
    /// Prints <paramref name="volumes"/> (all when empty) in <paramref name="editions"/> into <paramref name="folder"/>,
    /// with the site's print settings or the defaults. Returns the books printed; a missing typesetter or a
    /// Typst failure is a diagnostic.
    /// </summary>
    public IReadOnlyList<PrintedBook> Print(IReadOnlyCollection<string> volumes, IReadOnlyList<Edition> editions, string folder)
    {
        Typesetter typesetter;
        try
        {
            typesetter = Typesetter.Locate(Notice);
            // Node.js loads Typst and the fonts while the books are written below.
            typesetter.Start(Path.GetFullPath(_site.Root), editions);
        }
        catch (TypesetterMissingException ex)
        {
            ReportMissing(ex);
            return [];
        }

        using var running = typesetter;
        // The theme's print layout, else the bundled default theme's, as for its web layouts.
        var layoutFile = ThemeLocation.Find(_site.Root, _site.Config.Theme) is { } theme
            ? new[] { theme, ThemeLocation.Fallback(theme) }.OfType<string>().Select(t => Path.Combine(t, "print", "book.typ")).FirstOrDefault(File.Exists)
            : null;
        if (layoutFile is null)
        {
            _diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the theme '{_site.Config.Theme}' has no print layout (print/book.typ)", _site.Config.Location);
            return [];
        }

        var layout = File.ReadAllText(layoutFile);
        var settings = _site.Config.Print ?? new PrintSettings();
        var selected = _site.Volumes.Where(v => volumes.Count == 0 || volumes.Contains(v.Slug)).ToList();
        var root = Path.GetFullPath(_site.Root);
        var workspace = Path.Combine(root, "_yearbook");
        var sources = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var jobs = new List<(TypesetJob Job, Volume Volume, Edition Edition)>();
        Directory.CreateDirectory(folder);
        var markdown = new ChapterMarkdown(_site.Config.RawHtml);
        var chapterConverter = new ChapterConverter(markdown);
        foreach (var edition in editions)
        {
            var converter = new EditionConverter(edition, _site.Config, _site.Glossary);
            sources[Path.Combine(workspace, "print", edition.Code, "book.typ")] = converter.Convert(layout, Script.Hans);
        }

        var books = new ConcurrentBag<(TypesetJob, Volume, Edition)>();
        Parallel.ForEach(selected, volume =>
        {
            var parsed = volume.Chapters.Select(c => chapterConverter.Parse(c)).ToList();
            foreach (var edition in editions)
            {
                var converter = new EditionConverter(edition, _site.Config, _site.Glossary);
                var main = Path.Combine(workspace, edition.Code, volume.Slug + ".typ");
                sources[main] = Book(volume, parsed, converter, settings, markdown, chapterConverter).Replace(BookSource.LayoutPath, $"/_yearbook/print/{edition.Code}/book.typ", StringComparison.Ordinal);
                books.Add((new TypesetJob(main, Path.GetFullPath(Path.Combine(folder, PrintedBook.FileName(volume.Slug, edition)))), volume, edition));
            }
        });
        jobs.AddRange(books.OrderBy(b => b.Item2.Slug, StringComparer.Ordinal).ThenBy(b => b.Item3.Code, StringComparer.Ordinal));

        IReadOnlyList<TypesetBook> set;
        try
        {
            // A fixed date: two prints of the same source give the same PDF.
            set = typesetter.Run(root, sources, [.. jobs.Select(j => j.Job)], timestamp: 0);
        }
        catch (TypesetterMissingException ex)
        {
            ReportMissing(ex);
            return [];
        }

        var printed = new List<PrintedBook>();
        foreach (var (book, (job, volume, edition)) in set.Zip(jobs))
        {
            if (book.Errors.Count > 0)
            {
                _diagnostics.Error(DiagnosticCodes.TypesetFailed,
                    $"Typst could not set the {edition.Code} book of this volume: {string.Join("; ", book.Errors.Take(3))} (check the theme's print/book.typ)", volume.Location);
                continue;
            }

            printed.Add(new PrintedBook(volume.Slug, edition, job.Pdf, book.Pages, book.Chapters.ToDictionary(c => c.Chapter, c => (c.Page, c.Printed), StringComparer.Ordinal))
            {
                TypesetTime = TimeSpan.FromMilliseconds(book.Milliseconds),
                TypesetCpuTime = TimeSpan.FromMilliseconds(book.CpuMilliseconds),
                Entries = book.Entries.DistinctBy(e => (e.Chapter, e.Entry)).ToDictionary(e => (e.Chapter, e.Entry), e => (e.Page, e.Printed)),
            });
        }

        return printed;
    }

    private void ReportMissing(TypesetterMissingException missing)
    {
        if (MissingTypesetterIsWarning)
        {
            _diagnostics.Warning(missing.Code, missing.Message + "; the site is published without its PDFs", _site.Config.Location);
        }
        else
        {
            _diagnostics.Error(missing.Code, missing.Message, _site.Config.Location);
        }
    }

    /// <summary>The Typst source of <paramref name="volume"/> in <paramref name="converter"/>'s edition.</summary>
    private string Book(Volume volume, IReadOnlyList<ParsedChapter> parsed, EditionConverter converter, PrintSettings settings, ChapterMarkdown markdown, ChapterConverter chapterConverter)
    {
        var edition = converter.Edition;
        var simplified = new EditionConverter(Edition.Hans, _site.Config, _site.Glossary);
        // The subject index's terms (the chapters' tags), in the web subject index's pinyin order.
        var collation = new PinyinCollation();
        var terms = volume.Chapters
            .SelectMany(c => c.FrontMatter.Tags.Select(t => (Local: converter.Convert(t, c.FrontMatter.Script), Simplified: simplified.Convert(t, c.FrontMatter.Script))))
            .DistinctBy(t => t.Local, StringComparer.Ordinal)
            .OrderBy(t => collation.CollationText(t.Simplified, null), collation.Comparer).ThenBy(t => t.Local, StringComparer.Ordinal)
            .Select(t => t.Local).ToList();
        string? chapterFolder = null;
        var renderer = new TypstRenderer(url => Image(chapterFolder, url), terms);
        var bodies = new Dictionary<Chapter, string>(ReferenceEqualityComparer.Instance);
        var converted = new Dictionary<Chapter, EditionChapter>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < parsed.Count; i++)
        {
            var chapter = parsed[i].Source;
            chapterFolder = Path.GetDirectoryName(chapter.Path) ?? "";
            converted[chapter] = chapterConverter.Convert(parsed[i], converter, document =>
            {
                bodies[chapter] = renderer.RenderChapter(document, $"c{i}");
                return "";
            });
        }

        var contents = new TableOfContents(_site with { Volumes = [volume] }, converter, converted);
        var editionVolume = contents.Volumes[0];
        // The index covers the body: the preface (编辑说明, numbered apart in roman) has no index marks.
        var preface = new TypstRenderer(url => Image(volume.Slug, url), []).RenderChapter(markdown.Parse(editionVolume.Preface), "preface");
        var series = converter.Convert(_site.Config.Title, _site.Config.DefaultScript);
        return BookSource.Write(editionVolume, edition, series, settings, preface, bodies, terms);
    }

    /// <summary>An image of a chapter in <paramref name="folder"/> as a workspace path, when it is a file inside the site Typst can set.</summary>
    private string? Image(string? folder, string url)
    {
        if (folder is null || url.Contains(':', StringComparison.Ordinal) || url.StartsWith('/') || url.StartsWith('#'))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var full = Path.GetFullPath(Path.Combine(_site.Root, folder, relative));
        var root = Path.GetFullPath(_site.Root);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)
            || Path.GetExtension(full).ToLowerInvariant() is not (".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp"))
        {
            return null;
        }

        return "/" + Path.GetRelativePath(root, full).Replace('\\', '/');
    }
}
