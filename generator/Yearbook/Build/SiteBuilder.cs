using System.Collections.Concurrent;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Editions.Review;
using Yearbook.Indexes;
using Yearbook.Indexes.Search;
using Yearbook.Model;
using Yearbook.Output;
using Yearbook.Print;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook.Build;

/// <summary>
/// The pipeline, top to bottom: load the content, convert every chapter for each edition, build the
/// indexes, render the pages through the theme, and write the site to a staging folder that replaces
/// the output only when everything was written. A chapter with errors is left out and reported; a
/// broken theme or a failed write leaves the previous site in place.
/// </summary>
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private Task? _lint;

    /// <summary>Creates a builder for <paramref name="options"/>.</summary>
    public SiteBuilder(BuildOptions options) => _options = options;

    /// <summary>What the last build that published kept for incremental updates (<see cref="SiteSession"/>); null otherwise.</summary>
    internal SiteState? State { get; private set; }

    /// <summary>Runs the build.</summary>
    public BuildResult Build() => Build(reuse: null);

    /// <summary>
    /// Runs the build; with <paramref name="reuse"/>, the content of that earlier build (site, converted
    /// chapters, media) is taken as it is and only the theme is loaded again, so a template edit renders
    /// every page without reading or converting a chapter.
    /// </summary>
    internal BuildResult Build(SiteState? reuse)
    {
        try
        {
            return Run(reuse);
        }
        catch (Exception ex) when (AsOutputFailure(ex) is { } failure)
        {
            // A full disk or a folder that cannot be written: the staging folder is gone, the previous site untouched.
            StagedOutput.Report(failure, _options.ResolvedOutputFolder, _diagnostics);
            return Finish(0, published: false);
        }
    }

    /// <summary>The output failure <paramref name="exception"/> is, or the one all of its parallel failures are; null for anything else.</summary>
    private static OutputNotWritableException? AsOutputFailure(Exception exception) => exception switch
    {
        OutputNotWritableException failure => failure,
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OutputNotWritableException) =>
            (OutputNotWritableException)aggregate.Flatten().InnerExceptions[0],
        _ => null,
    };

    private BuildResult Run(SiteState? reuse)
    {
        // 0. A build killed part-way may have left its staging folder, or the last site moved aside.
        if (_options.WriteOutput)
        {
            StagedOutput.RemoveLeftovers(_options.ResolvedOutputFolder);
        }

        // 1. Load: settings, glossary, volumes and chapters, typed and checked.
        _options.Progress?.Report(new BuildProgress("Loading", 0, 0));
        var site = reuse?.Site ?? new SiteLoader(_diagnostics) { BeforeChapterRead = _options.BeforeChapterRead }.Load(_options.SiteFolder, _options.IncludeDrafts, _options.BaseUrl);
        var theme = site is null ? null : Theme.Load(site.Root, site.Config.Theme, _diagnostics);
        if (site is null || theme is null)
        {
            return Finish(0, published: false);
        }

        var urls = new SiteUrls(site.Config);
        // A site with a print: section publishes each volume as a PDF; the books are set beside the conversion.
        var printing = site.Config.Print is not null && _options.WriteOutput ? Task.Run(() => PrintBooks(site)) : null;
        var markdown = reuse?.Markdown ?? new ChapterMarkdown(site.Config.RawHtml);
        var html = reuse?.Html ?? new MarkdownHtml(markdown.Pipeline);
        var links = reuse?.Links ?? new ChapterLinks(site, urls);
        if (_options.Lint && reuse is null)
        {
            // The script lint adds only warnings, so it runs beside the rest of the build and is awaited in Finish.
            var lint = new ScriptLint(markdown, site, ReviewedList.Load(site.Root, _diagnostics));
            var entryTitles = new Content.Entries.EntryTitleLint(markdown, site.Glossary);
            var ui = Path.Combine(theme.Folder, "ui.yml");
            _lint = Task.Run(() =>
            {
                Parallel.ForEach(site.Chapters, chapter =>
                {
                    lint.Check(chapter, _diagnostics);
                    entryTitles.Check(chapter, _diagnostics);
                });
                foreach (var volume in site.Volumes)
                {
                    lint.Check(volume, _diagnostics);
                }

                lint.CheckUiStrings(ui, Path.GetRelativePath(site.Root, ui).Replace('\\', '/'), _diagnostics);
                lint.ReportStaleReviews(_diagnostics);
            });
        }

        var media = new HashSet<string>(reuse?.Media ?? [], StringComparer.Ordinal);
        var simplified = new EditionConverter(Edition.Hans, site.Config, site.Glossary);

        // 2. Edition: every chapter parsed once and converted into each edition's script, its body
        // rendered right away (only the HTML is kept), in parallel.
        var converters = reuse?.Editions.Select(e => e.Converter).ToList() ?? Edition.All.Select(e => new EditionConverter(e, site.Config, site.Glossary)).ToList();
        var editionChapters = reuse?.Editions.ToDictionary(e => e.Converter.Edition, e => e.Chapters) ?? ConvertChapters(site, markdown, html, links, converters, media);

        // 3. Index: per edition, the table of contents, the indexes across volumes and the pages to
        // render; the editions side by side.
        _options.Progress?.Report(new BuildProgress("Indexing", 0, 0));
        var contents = converters.Select(c => new TableOfContents(site, c, editionChapters[c.Edition])).ToList();
        var volumes = Enumerable.Range(0, converters.Count).ToDictionary(e => converters[e].Edition, e => contents[e].Volumes);

        // The search index both editions share. Nothing rendered depends on it, so it is built while
        // the other indexes are built and the pages render; not at all by a build that cannot publish
        // (a check, or a build that already has errors), which would never write it.
        // A file that vanished or could not be read while loading leaves a site that is not the editor's: never published.
        var mayPublish = _options.WriteOutput && !_diagnostics.Has(DiagnosticCodes.SiteUnreadable) && (_options.PublishWithErrors || !_diagnostics.HasErrors);
        var searchFiles = mayPublish ? Task.Run(() => new SearchIndexBuilder(urls, ScriptFold.Chinese).Build(volumes).Files) : null;

        using var books = printing?.Result ?? new PrintedBooks("", []);
        var editions = new EditionPages[converters.Count];
        Parallel.For(0, converters.Count, e =>
            editions[e] = IndexEdition(site, theme, urls, html, converters[e], simplified, contents[e], editionChapters[converters[e].Edition], report: e == 0, books));
        var pages = editions.SelectMany(e => e.Pages).ToList();
        var downloads = editions.SelectMany(e => e.Indexes.Files).ToList();

        ReportCaseCollisions(media);

        // 4. Render and write: every page through the theme, in parallel, each written to the staging
        // folder as soon as it renders; a template failure is a diagnostic. Nothing is staged when the build may
        // not publish, and the staging folder is removed unless everything was written.
        var publish = mayPublish && (_options.PublishWithErrors || !_diagnostics.HasErrors);
        using var output = publish ? StagedOutput.Open(_options.ResolvedOutputFolder, site.Root, _diagnostics, theme.Folder) : null;
        // The downloads and the search index are final before the pages: they are written while the
        // pages render rather than after the last one, when one core would otherwise wait.
        var files = output is null || searchFiles is null ? null : Task.Run(() =>
        {
            Parallel.ForEach(downloads, d => output.WriteBytes(d.Path, d.Bytes));
            Parallel.ForEach(searchFiles.Result, d => output.WriteBytes(d.Path, d.Bytes));
        });
        var sitemap = new (Page Page, string Lang, string OtherLang)?[pages.Count];
        var renderedCount = 0;
        var failures = new ConcurrentDictionary<(SourceLocation Location, string Reason), (int First, string Url, int Count)>();
        string root;
        var rendered = false;
        try
        {
            RenderPages();
            ReportTemplateFailures();
            root = RenderRoot();
            if (files is not null && searchFiles is { IsCompleted: false })
            {
                _options.Progress?.Report(new BuildProgress("Indexing search", 0, 0));
            }

            rendered = true;
        }
        finally
        {
            // Nothing may still be writing into the staging folder when it is kept or removed, which a failed render is about to do.
            AwaitWrites(files, throwFailure: rendered);
        }

        void RenderPages() => Parallel.For(0, pages.Count, i =>
        {
            var (build, edition, context) = pages[i];
            var page = build();
            var data = context.For(page);
            try
            {
                if (output is null)
                {
                    theme.RenderPage(page.Kind, data, TextWriter.Null);
                }
                else
                {
                    output.WriteText(urls.OutputFile(page.Url), writer => theme.RenderPage(page.Kind, data, writer));
                }

                sitemap[i] = (page with { Data = EmptyData }, edition.Lang, edition.Other.Lang); // the addresses only, not the page's data
                var count = Interlocked.Increment(ref renderedCount);
                _options.Progress?.Report(new BuildProgress("Rendering", count, pages.Count));
            }
            catch (TemplateFailure ex)
            {
                failures.AddOrUpdate((ex.Location, ex.Reason), (i, page.Url, 1),
                    (_, f) => (Math.Min(f.First, i), i < f.First ? page.Url : f.Url, f.Count + 1));
            }
            catch (Exception ex) when (PipelineException.IsUnexplained(ex))
            {
                throw new PipelineException(Path.Combine(_options.ResolvedOutputFolder, urls.OutputFile(page.Url)), ex);
            }
        });

        // A template error is reported once, at its place in the theme, with the first page it failed on
        // (the same one in every run) and how many more: not once for each of twenty thousand pages.
        void ReportTemplateFailures()
        {
            foreach (var ((location, reason), (_, url, count)) in failures)
            {
                var others = count switch { 1 => "", 2 => " and 1 other page", _ => $" and {count - 1} other pages" };
                _diagnostics.Error(DiagnosticCodes.RenderFailed, $"the template failed on {url}{others}: {reason}", location);
            }
        }

        string RenderRoot()
        {
            try
            {
                return theme.Render("root", new { site = new { title = site.Config.Title, baseUrl = urls.Base }, editions = editions.Select(e => e.RootEntry) });
            }
            catch (TemplateFailure ex)
            {
                _diagnostics.Error(DiagnosticCodes.RenderFailed, $"the template failed on the root page: {ex.Reason}", ex.Location);
                renderedCount--; // not everything rendered, so nothing is published
                return "";
            }
        }
        if (output is null || renderedCount < pages.Count || (!_options.PublishWithErrors && _diagnostics.HasErrors))
        {
            return Finish(renderedCount, published: false);
        }

        // 5. Write the rest, then move the staged site into place.
        _options.Progress?.Report(new BuildProgress("Writing", 0, renderedCount));
        output.WriteText("index.html", root);
        output.CopyFile(Path.Combine(output.Staging, Edition.Hans.Code, "404.html"), "404.html");
        foreach (var edition in editions)
        {
            output.WriteText($"{edition.State.Converter.Edition.Code}/{SitePaths.Feed}", edition.Feed);
        }

        output.WriteText("sitemap.xml", Sitemap.Write(sitemap.Select(p => p!.Value), urls));
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {(urls.Absolute(urls.Base + "sitemap.xml") is { Length: > 0 } abs ? abs : urls.Base + "sitemap.xml")}\n");
        foreach (var assets in theme.AssetFolders)
        {
            CopyFolder(assets, "assets", output, site.Root); // the theme's own over the bundled ones it lacks
        }
        foreach (var file in media.Order(StringComparer.Ordinal))
        {
            output.CopyFile(Path.Combine(site.Root, file), "media/" + file);
        }

        foreach (var book in books.Books)
        {
            output.CopyFile(book.Pdf, $"{book.Edition.Code}/{book.VolumeSlug}/{Path.GetFileName(book.Pdf)}");
        }

        if (_diagnostics.HasErrors && !_options.PublishWithErrors)
        {
            return Finish(renderedCount, published: false);
        }

        output.Commit();
        State = new SiteState(_options.ResolvedOutputFolder, site, theme, urls, markdown, html, links, editions.Select(e => e.State).ToList(), media, sitemap.Select(p => p!.Value).ToList());
        return Finish(renderedCount, published: true);
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyData = new Dictionary<string, object?>();

    /// <summary>
    /// Waits until <paramref name="writes"/>, the downloads and search files written while the pages render,
    /// have ended. Their failure is thrown only when <paramref name="throwFailure"/>: after a failed render,
    /// the render's own failure is the one reported.
    /// </summary>
    private static void AwaitWrites(Task? writes, bool throwFailure)
    {
        try
        {
            writes?.GetAwaiter().GetResult();
        }
        catch (Exception) when (!throwFailure)
        {
            // the render's failure is already on its way out of the finally block that called this
        }
    }

    /// <summary>
    /// Parses each chapter once and converts it into every edition, rendering its body for each
    /// (links resolved per edition) before the next edition rewrites the tree. Markup and link problems
    /// are reported for the first edition only, so each is reported once.
    /// </summary>
    private Dictionary<Edition, Dictionary<Chapter, EditionChapter>> ConvertChapters(
        Site site, ChapterMarkdown markdown, MarkdownHtml html, ChapterLinks links, IReadOnlyList<EditionConverter> converters, HashSet<string> media)
    {
        var chapterConverter = new ChapterConverter(markdown);
        var chapters = site.Chapters.ToList();
        var results = new EditionChapter[chapters.Count, converters.Count];
        var done = 0;
        Parallel.For(0, chapters.Count, i => PipelineException.Guard(Path.Combine(site.Root, chapters[i].Path), () =>
        {
            var parsed = chapterConverter.Parse(chapters[i], _diagnostics);
            for (var e = 0; e < converters.Count; e++)
            {
                var edition = converters[e].Edition;
                var report = e == 0;
                results[i, e] = chapterConverter.Convert(parsed, converters[e], body =>
                {
                    links.Resolve(body, chapters[i], edition, media, _diagnostics, report);
                    return html.Render(body);
                });
            }

            _options.Progress?.Report(new BuildProgress("Converting", Interlocked.Increment(ref done), chapters.Count));
        }));

        var byEdition = new Dictionary<Edition, Dictionary<Chapter, EditionChapter>>();
        for (var e = 0; e < converters.Count; e++)
        {
            var map = new Dictionary<Chapter, EditionChapter>(chapters.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < chapters.Count; i++)
            {
                map[chapters[i]] = results[i, e];
            }

            byEdition[converters[e].Edition] = map;
        }

        return byEdition;
    }

    /// <summary>
    /// Builds one edition's indexes from its table of contents and lists its pages. Index problems are
    /// reported for the first edition only (<paramref name="report"/>), so each is reported once.
    /// </summary>
    private EditionPages IndexEdition(Site site, Theme theme, SiteUrls urls, MarkdownHtml html, EditionConverter converter,
        EditionConverter simplified, TableOfContents contents, Dictionary<Chapter, EditionChapter> converted, bool report, PrintedBooks books)
    {
        var edition = converter.Edition;
        var context = new EditionContext(site.Config, theme.UiStrings, converter, urls, site.Volumes.Select(v => v.Year).DefaultIfEmpty(0).Max());
        var siteTitle = converter.Convert(site.Config.Title, site.Config.DefaultScript);
        var indexes = EditionIndexes.Build(site.Config, contents, converter, simplified, context, urls, report ? _diagnostics : null);
        string SubjectUrl(string tag) => indexes.SubjectUrl(urls, edition, tag);

        var pages = indexes.Pages.Select(p => new PageJob(() => p, edition, context)).ToList();
        var home = HomePage.Build(contents, edition, context, urls, siteTitle, converter.Convert(site.Config.Description, site.Config.DefaultScript));
        pages.Add(new PageJob(() => home, edition, context));
        foreach (var volume in contents.Volumes)
        {
            var book = books.Of(volume.Source, edition);
            var pdfUrl = book is null ? null : urls.Volume(edition, volume.Source) + Path.GetFileName(book.Pdf);
            pages.Add(new PageJob(() => VolumePage.Build(volume, edition, context, urls, html, pdfUrl is null ? null : (pdfUrl, book!.Pages)), edition, context));
            var entryPages = book?.Entries.ToLookup(e => e.Key.Chapter, StringComparer.Ordinal);
            foreach (var chapter in volume.Chapters)
            {
                // Chapter pages are assembled when rendered, so no more than a few exist at a time.
                (string, int)? printed = book is not null && book.Chapters.TryGetValue(chapter.Source.Path, out var at) ? ($"{pdfUrl}#page={at.Page}", at.Printed) : null;
                var printedEntries = entryPages?[chapter.Source.Path].ToDictionary(e => e.Key.Entry, e => ($"{pdfUrl}#page={e.Value.Page}", e.Value.Printed), StringComparer.Ordinal);
                pages.Add(new PageJob(() => ChapterPage.Build(chapter, chapter.BodyHtml, contents, context, urls, SubjectUrl, printed, printedEntries), edition, context));
            }
        }

        var search = SimplePages.Search(edition, context, urls);
        var notFound = SimplePages.NotFound(edition, context, urls);
        pages.Add(new PageJob(() => search, edition, context));
        pages.Add(new PageJob(() => notFound, edition, context));
        var rootEntry = new
        {
            code = edition.Code,
            lang = edition.Lang,
            label = edition.Label,
            url = urls.Page(edition, ""),
            siteTitle,
            // "进入简体版" / "進入繁體版": each button in its own edition's script, around its label.
            enterLabel = context.Text("enter") + edition.Label + context.Text("editionSuffix"),
        };
        return new EditionPages(
            new EditionState(converter, converted, contents, context, indexes, siteTitle),
            indexes, pages, AtomFeed.Write(edition, siteTitle, converted.Values, urls), rootEntry);
    }

    /// <summary>Sets every volume of <paramref name="site"/> as a book in both editions, in a folder of its own until the output takes the PDFs.</summary>
    private PrintedBooks PrintBooks(Site site)
    {
        var folder = Path.Combine(Path.GetTempPath(), "yearbook-print-" + Guid.NewGuid().ToString("N"));
        // The site still builds without its PDFs when the typesetter is missing: a warning, not an error.
        var printed = new BookPrinter(site, _diagnostics) { MissingTypesetterIsWarning = true, Notice = m => _options.Progress?.Report(new BuildProgress("Installing the typesetter", 0, 0)) }.Print([], Edition.All, folder);
        return new PrintedBooks(folder, printed);
    }

    /// <summary>The books of a build, in the temporary <paramref name="Folder"/> removed once they are published.</summary>
    private sealed record PrintedBooks(string Folder, IReadOnlyList<PrintedBook> Books) : IDisposable
    {
        public PrintedBook? Of(Volume volume, Edition edition) => Books.FirstOrDefault(b => b.VolumeSlug == volume.Slug && b.Edition == edition);

        public void Dispose()
        {
            if (Folder.Length > 0 && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    /// <summary>What one edition contributes to the site: its state for later rebuilds, indexes, pages, feed and entry on the root page.</summary>
    private sealed record EditionPages(EditionState State, EditionIndexes Indexes, List<PageJob> Pages, string Feed, object RootEntry);

    /// <summary>A page to render: how to assemble it, its edition and that edition's shared context.</summary>
    private readonly record struct PageJob(Func<Page> Build, Edition Edition, EditionContext Context);

    /// <summary>Copies the theme's assets; a link pointing out of the theme is reported, never followed.</summary>
    private void CopyFolder(string source, string target, StagedOutput output, string siteRoot)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        var theme = Path.GetDirectoryName(source)!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (!SiteLoader.IsInside(theme, file))
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, "the theme file is a link to a place outside the theme; it is not copied",
                    new SourceLocation(Path.GetRelativePath(siteRoot, file).Replace('\\', '/')));
                continue;
            }

            output.CopyFile(file, target + "/" + Path.GetRelativePath(source, file).Replace('\\', '/'));
        }
    }

    /// <summary>Media files whose names differ only in case would overwrite each other on Windows and macOS.</summary>
    private void ReportCaseCollisions(IEnumerable<string> media)
    {
        foreach (var group in media.GroupBy(f => f, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var file in group.Order(StringComparer.Ordinal).Skip(1))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                    $"this file and {group.Order(StringComparer.Ordinal).First()} differ only in upper and lower case; they would overwrite each other on a case-insensitive file system, rename one",
                    new SourceLocation(file));
            }
        }
    }

    private BuildResult Finish(int pageCount, bool published)
    {
        _lint?.GetAwaiter().GetResult();
        return new(_diagnostics.Sorted, pageCount, published);
    }
}
