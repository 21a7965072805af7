using System.Collections.Concurrent;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Editions.Review;
using Yearbook.Indexes;
using Yearbook.Indexes.Downloads;
using Yearbook.Model;
using Yearbook.Indexes.Search;
using Yearbook.Output;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook.Build;

/// <summary>
/// The pipeline, top to bottom, for <c>build</c> and <c>serve</c> alike: load the content, convert every
/// chapter for each edition, build the indexes, render the pages through the theme, and write them to an
/// output sink. Each stage is a function of its inputs, and with a <see cref="PipelineMemory"/> from an earlier
/// run a stage whose inputs did not change keeps its result: a chapter by its path and the chapter read, an
/// index or a page by what it read, recorded as it read it (<see cref="ContentReads"/>). A full build runs with
/// nothing kept and writes to a staging folder swapped into place; <c>serve</c> runs with what the last run kept
/// and writes only the outputs whose inputs changed, in place.
/// </summary>
internal sealed class SitePipeline
{
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly bool _keep;
    private readonly UpdateTimings? _timings;
    private Task? _lint;

    /// <summary>A pipeline for <paramref name="options"/>; <paramref name="keep"/> records what each stage reads and keeps a memory for the next run.</summary>
    public SitePipeline(BuildOptions options, bool keep, UpdateTimings? timings = null)
    {
        _options = options;
        _keep = keep;
        _timings = timings;
    }

    /// <summary>What this run keeps for the next (when it kept and published without errors); null otherwise.</summary>
    public PipelineMemory? Memory { get; private set; }

    /// <summary>The problems found.</summary>
    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Runs the whole pipeline with nothing kept and publishes through a staged output.</summary>
    public BuildResult BuildAll()
    {
        try
        {
            return RunAll();
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

    private BuildResult RunAll()
    {
        // 0. A build killed part-way may have left its staging folder, or the last site moved aside.
        if (_options.WriteOutput)
        {
            StagedOutput.RemoveLeftovers(_options.ResolvedOutputFolder);
        }

        // 1. Load: settings, glossary, volumes and chapters, typed and checked.
        _options.Progress?.Report(new BuildProgress("Loading", 0, 0));
        var site = new SiteLoader(_diagnostics) { BeforeChapterRead = _options.BeforeChapterRead }.Load(_options.SiteFolder, _options.IncludeDrafts, _options.BaseUrl);
        var theme = site is null ? null : Theme.Load(site.Root, site.Config.Theme, _diagnostics);
        if (site is null || theme is null)
        {
            return Finish(0, published: false);
        }

        if (_options.Lint)
        {
            // The script lint adds only warnings, so it runs beside the rest of the build and is awaited in Finish.
            var markdown = new ChapterMarkdown(site.Config.RawHtml);
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

        // A site with a print: section publishes each volume as a PDF; the books are set beside the conversion.
        var printing = site.Config.Print is not null && _options.WriteOutput ? Task.Run(() => PrintedBooks.Print(site, _diagnostics, _options.Progress)) : Task.FromResult(PrintedBooks.None);
        var run = new Run(site, theme, null, null, [], printing);
        var stages = RunStages(run);
        using var books = printing.Result;

        // A file that vanished or could not be read while loading leaves a site that is not the editor's: never published.
        var mayPublish = _options.WriteOutput && !_diagnostics.Has(DiagnosticCodes.SiteUnreadable) && (_options.PublishWithErrors || !_diagnostics.HasErrors);
        // The search index both editions share. Nothing rendered depends on it, so it is built while the
        // pages render; not at all by a build that cannot publish, which would never write it.
        var searchFiles = mayPublish ? Task.Run(() => new SearchIndexBuilder(run.Urls, ScriptFold.Chinese).Build(stages.Volumes).Files) : null;
        var publish = mayPublish && (_options.PublishWithErrors || !_diagnostics.HasErrors);
        using var output = publish ? StagedOutput.Open(_options.ResolvedOutputFolder, site.Root, _diagnostics, theme.Folder) : null;
        // The downloads and the search index are final before the pages: they are written while the
        // pages render rather than after the last one, when one core would otherwise wait.
        var files = output is null || searchFiles is null ? null : Task.Run(() =>
        {
            Parallel.ForEach(stages.Downloads, d => output.WriteBytes(d.Path, d.Pieces));
            Parallel.ForEach(searchFiles.Result, d => output.WriteBytes(d.Path, d.Bytes));
        });
        var rendered = false;
        Rendered pages;
        try
        {
            pages = Render(run, stages, output);
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

        if (output is null || pages.Failed || (!_options.PublishWithErrors && _diagnostics.HasErrors))
        {
            return Finish(pages.Count, published: false);
        }

        // 5. Write the rest, then move the staged site into place.
        _options.Progress?.Report(new BuildProgress("Writing", 0, pages.Count));
        try
        {
            WriteRest(run, stages, pages, output);
        }
        catch (RootPageFailure)
        {
            return Finish(pages.Count - 1, published: false); // not everything rendered, so nothing is published
        }

        CopyAssets(theme, output, site.Root);
        foreach (var file in stages.Media.Order(StringComparer.Ordinal))
        {
            output.CopyFile(Path.Combine(site.Root, file), "media/" + file);
        }

        foreach (var book in books.Books)
        {
            output.CopyFile(book.Pdf, $"{book.Edition.Code}/{book.VolumeSlug}/{Path.GetFileName(book.Pdf)}");
        }

        if (_diagnostics.HasErrors && !_options.PublishWithErrors)
        {
            return Finish(pages.Count, published: false);
        }

        output.Commit();
        if (_keep && !_diagnostics.HasErrors)
        {
            Memory = Keep(run, stages, pages);
        }

        return Finish(pages.Count, published: true);
    }

    /// <summary>
    /// Runs the pipeline again over <paramref name="kept"/> after the <paramref name="changes"/>, writing in
    /// place into the published folder what changed. Null when only a full build can say what the site is now
    /// (a chapter that cannot be added by itself, a template that fails, errors beyond the edited chapters).
    /// </summary>
    public IncrementalUpdate? Apply(PipelineMemory kept, SiteChanges changes)
    {
        var read = changes.Chapters;
        var site = new EditedSite(kept, _diagnostics, _options.IncludeDrafts).Reload(read, out var unpublished);
        if (unpublished)
        {
            return new IncrementalUpdate(_diagnostics.Sorted, [], 0, Published: false, "errors in the edited chapters; the last good site stays") { Read = read };
        }

        if (site is null)
        {
            return null;
        }

        var theme = changes.Templates ? Theme.Load(site.Root, site.Config.Theme, new DiagnosticBag()) : kept.Theme;
        if (theme is null)
        {
            return null; // the full build reports what is wrong with it
        }

        _timings?.Step("read");
        // The edited chapters' lint adds only warnings: it runs beside the conversion, joined before the diagnostics are read.
        var lint = _options.Lint && read.Count > 0 ? new EditedChapterLint(kept.Markdown, site, read, _diagnostics) : null;

        // A printed site is built in full after any change (SiteChanges): an update has no books to show.
        var run = new Run(site, theme, kept, changes.Templates ? null : read.ToHashSet(StringComparer.Ordinal), read, Task.FromResult(PrintedBooks.None));
        Stages stages;
        Rendered pages;
        var output = new OutputFiles(kept.OutputFolder);
        try
        {
            stages = RunStages(run);
            lint?.Join();
            if (_diagnostics.HasErrors)
            {
                // Errors of the edited chapters keep the last good site; errors anywhere else are the full build's to report.
                var edited = read.ToHashSet(StringComparer.Ordinal);
                return _diagnostics.Sorted.Where(d => d.Severity == Severity.Error).All(d => edited.Contains(d.Location.Path))
                    ? new IncrementalUpdate(_diagnostics.Sorted, [], 0, Published: false, "errors in the edited chapters; the last good site stays") { Read = read }
                    : null;
            }

            foreach (var download in stages.Downloads)
            {
                output.WriteBytes(download.Path, download.Pieces);
            }

            _timings?.Step("downloads");
            pages = Render(run, stages, output);
        }
        catch (TemplateFailure)
        {
            return null; // the full build reports the template's failure
        }

        if (pages.Failed)
        {
            return null;
        }

        _timings?.Step("groups");
        try
        {
            WriteRest(run, stages, pages, output);
        }
        catch (RootPageFailure)
        {
            return null;
        }

        _timings?.Step("rest");

        foreach (var asset in changes.Assets)
        {
            var source = Path.Combine(theme.AssetsFolder, asset);
            if (!File.Exists(source))
            {
                if (theme.FallbackFolder is { } bundled && File.Exists(Path.Combine(bundled, "assets", asset)))
                {
                    return null; // the bundled theme's file takes its place: the full build copies it
                }

                output.Delete("assets/" + asset);
            }
            else if (SiteLoader.IsInside(theme.Folder, source))
            {
                output.CopyFile(source, "assets/" + asset);
            }
            else
            {
                return null; // a link out of the theme: the full build reports it
            }
        }

        foreach (var file in stages.Media.Where(m => !kept.Media.Contains(m) || changes.Media.Contains(m)).Order(StringComparer.Ordinal))
        {
            output.CopyFile(Path.Combine(site.Root, file), "media/" + file);
        }

        foreach (var file in kept.Media.Where(m => !stages.Media.Contains(m)).Order(StringComparer.Ordinal))
        {
            output.Delete("media/" + file);
        }

        _timings?.Step("files");
        Memory = Keep(run, stages, pages);
        _timings?.Step("keep");
        var touched = output.Touched.Order(StringComparer.Ordinal).ToList();
        var description = changes.Templates
            ? "theme changed: every page rendered again, no chapter read"
            : touched.Count switch
            {
                0 => "nothing to rebuild",
                <= 12 => "incremental: " + string.Join(", ", touched),
                var n => $"incremental: {n} files",
            };
        return new IncrementalUpdate(_diagnostics.Sorted, touched, pages.Count, Published: true, description) { Read = read };
    }

    /// <summary>The inputs of one run: the site and theme, and what the last run kept (null for a full build).</summary>
    /// <param name="Site">The site.</param>
    /// <param name="Theme">The theme.</param>
    /// <param name="Kept">What the last run kept.</param>
    /// <param name="Read">The chapter files read again (by path); null when every page renders again (a full build, or a template changed).</param>
    /// <param name="Edited">The chapter files read again (by path), also when every page renders again.</param>
    /// <param name="Printing">The printed books whose pages the volume and chapter pages show, set while the chapters convert.</param>
    private sealed record Run(Site Site, Theme Theme, PipelineMemory? Kept, HashSet<string>? Read, IReadOnlyList<string> Edited, Task<PrintedBooks> Printing)
    {
        public SiteUrls Urls { get; } = Kept?.Urls ?? new SiteUrls(Site.Config);

        public ChapterMarkdown Markdown { get; } = Kept?.Markdown ?? new ChapterMarkdown(Site.Config.RawHtml);

        public MarkdownHtml Html { get; } = Kept?.Html ?? new MarkdownHtml((Kept?.Markdown ?? new ChapterMarkdown(Site.Config.RawHtml)).Pipeline);

        /// <summary>Whether every page renders again.</summary>
        public bool Everything => Kept is null || Read is null;
    }

    /// <summary>What the stages up to the pages made: conversions, editions, their pages and downloads, the media used.</summary>
    private sealed record Stages(
        Dictionary<string, Kept<ChapterConversion>> Conversions,
        ChangedParts Changed,
        EditionMemory[] Editions,
        List<ListedGroup> Pages,
        List<DownloadFile> Downloads,
        IReadOnlySet<string> Media,
        Dictionary<Edition, IReadOnlyList<EditionVolume>> Volumes,
        Dictionary<string, Chapter> ChaptersByPath,
        IReadOnlyList<string> Converted);

    /// <summary>Converts, indexes and lists the pages of <paramref name="run"/>, keeping what still holds.</summary>
    private Stages RunStages(Run run)
    {
        var site = run.Site;
        var kept = run.Kept;
        // The chapters by path: the last run's with the edited files' chapters in place of theirs.
        var byPath = kept is null ? site.Chapters.ToDictionary(c => c.Path, StringComparer.Ordinal) : new Dictionary<string, Chapter>(kept.Chapters, StringComparer.Ordinal);
        foreach (var path in kept is null ? [] : run.Edited)
        {
            if (ChapterAt(site, path) is { } chapter)
            {
                byPath[path] = chapter;
            }
            else
            {
                byPath.Remove(path);
            }
        }

        var links = new ChapterLinks(site, run.Urls, byPath);
        var converters = kept?.Editions.Select(e => e.Converter).ToList() ?? Edition.All.Select(e => new EditionConverter(e, site.Config, site.Glossary)).ToList();
        var simplified = converters.First(c => c.Edition == Edition.Hans);

        // 2. Edition: every chapter parsed once and converted into each edition's script, its body rendered
        // right away (only the HTML is kept), in parallel. A kept chapter is converted again when it was read
        // again, or when the chapters its links name changed.
        var changed = new ChangedParts();
        var conversions = new Dictionary<string, Kept<ChapterConversion>>(StringComparer.Ordinal);
        List<Chapter> converted;
        if (kept is null)
        {
            converted = site.Chapters.ToList();
            Convert(converted, converters, links, run.Markdown, run.Html, site.Root, conversions);
        }
        else
        {
            // Only the chapters whose files changed are read again; then the kept chapters whose recorded reads
            // (what their links read) meet a part that changed, found through the readers kept by part.
            var first = run.Edited.Distinct(StringComparer.Ordinal).Select(p => ChapterAt(site, p)).OfType<Chapter>().ToList();
            Convert(first, converters, links, run.Markdown, run.Html, site.Root, conversions);
            foreach (var path in run.Edited.Distinct(StringComparer.Ordinal))
            {
                changed.AddChapter(path, kept.Conversions.GetValueOrDefault(path)?.Value, conversions.GetValueOrDefault(path)?.Value);
            }

            var linking = changed.Parts.SelectMany(p => kept.Readers.GetValueOrDefault(p) ?? []).Distinct(StringComparer.Ordinal)
                .Where(p => !conversions.ContainsKey(p) && kept.Conversions.TryGetValue(p, out var k) && !k.Holds(changed.Parts))
                .Select(p => kept.Conversions[p].Value.Source)
                .Where(c => ReferenceEquals(ChapterAt(site, c.Path), c))
                .Order(Comparer<Chapter>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path)))
                .ToList();
            Convert(linking, converters, links, run.Markdown, run.Html, site.Root, conversions);
            foreach (var chapter in linking)
            {
                changed.AddChapter(chapter.Path, kept.Conversions[chapter.Path].Value, conversions[chapter.Path].Value);
            }

            converted = [.. first, .. linking];
            var fresh = conversions;
            conversions = new Dictionary<string, Kept<ChapterConversion>>(kept.Conversions, StringComparer.Ordinal);
            foreach (var path in run.Edited)
            {
                conversions.Remove(path);
            }

            foreach (var (path, conversion) in fresh)
            {
                conversions[path] = conversion;
            }

            _timings?.Step("convert");
        }

        // The media the chapters use: the last run's while no chapter converted again uses others than it did.
        IReadOnlySet<string> media;
        if (kept is not null && run.Edited.All(p => SameMedia(kept.Conversions.GetValueOrDefault(p), conversions.GetValueOrDefault(p)))
            && converted.All(c => SameMedia(kept.Conversions.GetValueOrDefault(c.Path), conversions[c.Path])))
        {
            media = kept.Media;
        }
        else
        {
            var all = new HashSet<string>(conversions.Values.SelectMany(c => c.Value.Media), StringComparer.Ordinal);
            ReportCaseCollisions(all);
            media = all;
        }

        // 3. Index: per edition, the table of contents, the indexes across volumes and the pages to render;
        // the editions side by side. A volume none of whose chapters was converted again keeps its listing.
        _options.Progress?.Report(new BuildProgress("Indexing", 0, 0));
        var touchedVolumes = converted.Select(c => c.VolumeSlug).ToHashSet(StringComparer.Ordinal);
        var contents = converters.Select((c, e) => new TableOfContents(site, c, chapter => conversions[chapter.Path].Value.Editions[e],
            kept?.Editions[e].Contents, volume => !touchedVolumes.Contains(volume.Slug))).ToList();
        if (kept is not null)
        {
            for (var e = 0; e < converters.Count; e++)
            {
                changed.AddListings(kept.Editions[e].Contents, contents[e]);
            }
        }

        var latestYear = site.Volumes.Select(v => v.Year).DefaultIfEmpty(0).Max();
        var editions = new EditionMemory[converters.Count];
        Parallel.For(0, converters.Count, e =>
        {
            var converter = converters[e];
            var old = kept?.Editions[e];
            var context = old is not null && !run.Everything ? old.Context : new EditionContext(site.Config, run.Theme.UiStrings, converter, run.Urls, latestYear);
            var sources = new EditionIndexes.Sources(site.Config, contents[e], converter, simplified, context, run.Urls, old?.SimplifiedForms ?? []);
            var report = e == 0 ? _diagnostics : null;
            editions[e] = new EditionMemory(
                converter,
                contents[e],
                context,
                old?.SiteTitle ?? converter.Convert(site.Config.Title, site.Config.DefaultScript),
                sources.SimplifiedForms,
                Index(old?.Honors, run, changed, () => EditionIndexes.BuildHonors(sources, report)),
                Index(old?.Statistics, run, changed, () => EditionIndexes.BuildStatistics(sources, report, run.Everything ? null : old?.Statistics.Value)),
                Index(old?.Subjects, run, changed, () => EditionIndexes.BuildSubjects(sources)),
                Index(old?.Chronicle, run, changed, () => EditionIndexes.BuildChronicle(sources)));
        });
        if (kept is not null)
        {
            for (var e = 0; e < editions.Length; e++)
            {
                if (ReferenceEquals(kept.Editions[e].Subjects, editions[e].Subjects))
                {
                    continue;
                }

                changed.AddSubjects(kept.Editions[e].Indexes.SubjectLinks(run.Urls, editions[e].Edition), editions[e].Indexes.SubjectLinks(run.Urls, editions[e].Edition));
            }

            _timings?.Step("index");
        }

        var pages = new List<ListedGroup>();
        var downloads = new List<DownloadFile>();
        for (var e = 0; e < editions.Length; e++)
        {
            var edition = editions[e];
            var old = kept?.Editions[e];
            foreach (var (name, index, wasKept) in new[]
            {
                ("honors", Of(edition.Honors), ReferenceEquals(edition.Honors, old?.Honors)),
                ("statistics", Of(edition.Statistics), ReferenceEquals(edition.Statistics, old?.Statistics)),
                ("subjects", Of(edition.Subjects), ReferenceEquals(edition.Subjects, old?.Subjects)),
                ("chronicle", Of(edition.Chronicle), ReferenceEquals(edition.Chronicle, old?.Chronicle)),
            })
            {
                // A kept index made the very pages the last run rendered: kept whole, not listed again.
                var key = $"{edition.Edition.Code}/index:{name}";
                if (!run.Everything && wasKept && kept!.Pages.Group(key) is { } same)
                {
                    pages.Add(new ListedGroup(key, null, same, ByIndex: true));
                }
                else
                {
                    pages.Add(new ListedGroup(key, index.Value.Pages.Select(page =>
                        new PageJob(run.Urls.OutputFile(page.Url), () => page, edition.Edition, edition.Context, index) { Made = page }).ToList(), null, ByIndex: true));
                }

                if (!wasKept)
                {
                    downloads.AddRange(index.Value.Files);
                }
            }

            pages.AddRange(EditionPages(site, run, edition, run.Printing.Result, changed));
        }

        if (kept is not null)
        {
            _timings?.Step("list");
        }

        return new Stages(conversions, changed, editions, pages, downloads, media, editions.ToDictionary(e => e.Edition, e => e.Contents.Volumes), byPath,
            converted.Select(c => c.Path).ToList());

        static Kept<IndexOutput> Of<T>(Kept<BuiltIndex<T>> index) => new(index.Value.Output, index.Reads);
    }

    /// <summary>Whether two conversions of one path (null: none there) use the same media.</summary>
    private static bool SameMedia(Kept<ChapterConversion>? a, Kept<ChapterConversion>? b) =>
        (a?.Value.Media ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b?.Value.Media ?? []);

    /// <summary>The chapter published from <paramref name="path"/> in <paramref name="site"/>, if any: looked for in its volume only.</summary>
    private static Chapter? ChapterAt(Site site, string path)
    {
        var slash = path.IndexOf('/');
        var slug = slash < 0 ? path : path[..slash];
        return site.Volumes.FirstOrDefault(v => v.Slug == slug)?.Chapters.FirstOrDefault(c => c.Path == path);
    }

    /// <summary>An index kept when it read nothing that changed, built again (its reads recorded) otherwise.</summary>
    private Kept<T> Index<T>(Kept<T>? old, Run run, ChangedParts changed, Func<T> build)
    {
        if (old is not null && !run.Everything && old.Holds(changed.Parts))
        {
            return old;
        }

        if (!_keep)
        {
            return new Kept<T>(build(), null);
        }

        var value = ContentReads.Record(build, out var reads);
        return new Kept<T>(value, reads);
    }

    /// <summary>
    /// The pages of one edition beside its indexes, in groups: home, each volume with its chapters in reading order,
    /// search, 404. A volume whose listing was kept and none of whose pages read a part that changed is kept whole.
    /// </summary>
    private static IEnumerable<ListedGroup> EditionPages(Site site, Run run, EditionMemory edition, PrintedBooks books, ChangedParts changed)
    {
        var urls = run.Urls;
        var converter = edition.Converter;
        var context = edition.Context;
        var contents = edition.Contents;
        var e = edition.Edition;
        var indexes = edition.Indexes;
        string SubjectUrl(string tag) => indexes.SubjectUrl(urls, e, tag);
        var keptVolumes = run.Everything ? null : run.Kept!.Editions.First(k => k.Edition == e).Contents.Volumes.ToDictionary(v => v.Source.Slug, StringComparer.Ordinal);

        yield return One("home", new PageJob(urls.OutputFile(urls.Page(e, "")), () => HomePage.Build(contents, e, context, urls, edition.SiteTitle,
            converter.Convert(site.Config.Description, site.Config.DefaultScript)), e, context, null));
        foreach (var volume in contents.Volumes)
        {
            var key = $"{e.Code}/volume:{volume.Source.Slug}";
            if (keptVolumes is not null && keptVolumes.GetValueOrDefault(volume.Source.Slug) == volume
                && run.Kept!.Pages.Group(key) is { } same && same.Holds(changed))
            {
                yield return new ListedGroup(key, null, same, ByIndex: false);
                continue;
            }

            yield return new ListedGroup(key, VolumeJobs(volume).ToList(), null, ByIndex: false);
        }

        yield return One("search", new PageJob(urls.OutputFile(urls.Page(e, "search/")), () => SimplePages.Search(e, context, urls), e, context, null));
        yield return One("404", new PageJob(urls.OutputFile(urls.Page(e, "404.html")), () => SimplePages.NotFound(e, context, urls), e, context, null));

        ListedGroup One(string name, PageJob job) => new($"{e.Code}/page:{name}", [job], null, ByIndex: false);

        IEnumerable<PageJob> VolumeJobs(EditionVolume volume)
        {
            var book = books.Of(volume.Source, e);
            var pdfUrl = book is null ? null : urls.Volume(e, volume.Source) + Path.GetFileName(book.Pdf);
            yield return new PageJob(urls.OutputFile(urls.Volume(e, volume.Source)),
                () => VolumePage.Build(volume, e, context, urls, run.Html, pdfUrl is null ? null : (pdfUrl, book!.Pages)), e, context, null);
            var entryPages = book?.Entries.ToLookup(e => e.Key.Chapter, StringComparer.Ordinal);
            foreach (var chapter in ContentReads.Unrecorded(() => volume.Chapters.ToList()))
            {
                (string, int)? printed = book is not null && book.Chapters.TryGetValue(chapter.Source.Path, out var at) ? ($"{pdfUrl}#page={at.Page}", at.Printed) : null;
                var printedEntries = entryPages?[chapter.Source.Path].ToDictionary(e => e.Key.Entry, e => ($"{pdfUrl}#page={e.Value.Page}", e.Value.Printed), StringComparer.Ordinal);
                // Chapter pages are assembled when rendered, so no more than a few exist at a time.
                yield return new PageJob(urls.OutputFile(urls.Chapter(e, chapter.Source)),
                    () => ChapterPage.Build(chapter, chapter.BodyHtml, contents, context, urls, SubjectUrl, printed, printedEntries), e, context, null);
            }
        }
    }

    /// <summary>
    /// Parses each of <paramref name="chapters"/> once and converts it into every edition, rendering its body
    /// for each (links resolved per edition) before the next edition rewrites the tree. Markup and link problems
    /// are reported for the first edition only, so each is reported once.
    /// </summary>
    private void Convert(IReadOnlyList<Chapter> chapters, IReadOnlyList<EditionConverter> converters, ChapterLinks links, ChapterMarkdown markdown,
        MarkdownHtml html, string root, Dictionary<string, Kept<ChapterConversion>> into)
    {
        var chapterConverter = new ChapterConverter(markdown);
        var results = new Kept<ChapterConversion>[chapters.Count];
        var done = 0;
        Parallel.For(0, chapters.Count, i => PipelineException.Guard(Path.Combine(root, chapters[i].Path), () =>
        {
            ChapterConversion ConvertOne()
            {
                var media = new HashSet<string>(StringComparer.Ordinal);
                var parsed = chapterConverter.Parse(chapters[i], _diagnostics);
                var editions = new EditionChapter[converters.Count];
                for (var e = 0; e < converters.Count; e++)
                {
                    var edition = converters[e].Edition;
                    var report = e == 0;
                    editions[e] = chapterConverter.Convert(parsed, converters[e], body =>
                    {
                        links.Resolve(body, chapters[i], edition, media, _diagnostics, report);
                        return html.Render(body);
                    });
                }

                return new ChapterConversion(chapters[i], editions, media.ToArray());
            }

            if (_keep)
            {
                var conversion = ContentReads.Record(ConvertOne, out var reads);
                results[i] = new Kept<ChapterConversion>(conversion, reads);
            }
            else
            {
                results[i] = new Kept<ChapterConversion>(ConvertOne(), null);
            }

            _options.Progress?.Report(new BuildProgress("Converting", Interlocked.Increment(ref done), chapters.Count));
        }));

        for (var i = 0; i < chapters.Count; i++)
        {
            into[chapters[i].Path] = results[i];
        }
    }

    /// <summary>The pages rendered: how many, whether a template failed, every page's group, and (filled in by <see cref="WriteRest"/>) the feeds.</summary>
    private sealed record Rendered(int Count, bool Failed, List<PageGroup> Groups, Dictionary<string, OutputSource> Feeds);

    /// <summary>
    /// 4. Renders every page whose inputs changed through the theme, in parallel, each written to
    /// <paramref name="output"/> as soon as it renders (none when null: a check); a template failure is a
    /// diagnostic, reported once at its place in the theme.
    /// </summary>
    private Rendered Render(Run run, Stages stages, IOutputSink? output)
    {
        // The pages of every group listed again, in one parallel loop; each group's kept pages looked up by file.
        var groups = stages.Pages;
        var pages = new List<PageJob>();
        var groupOf = new List<int>();
        var keptPages = new Dictionary<string, OutputSource>?[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Jobs is { } jobs)
            {
                pages.AddRange(jobs);
                groupOf.AddRange(Enumerable.Repeat(g, jobs.Count));
                keptPages[g] = run.Everything ? null : run.Kept!.Pages.Group(groups[g].Key)?.ByFile();
            }
        }

        var sources = new OutputSource?[pages.Count];
        var renderedCount = 0;
        var failures = new ConcurrentDictionary<(SourceLocation Location, string Reason), (int First, string Url, int Count)>();
        Parallel.For(0, pages.Count, i =>
        {
            var job = pages[i];
            if (keptPages[groupOf[i]] is { } kept && kept.TryGetValue(job.File, out var was) && Holds(was, job, stages.Changed))
            {
                sources[i] = was;
                return;
            }

            Page? page = null;
            try
            {
                void Write()
                {
                    page = job.Build();
                    var data = job.Context.For(page);
                    _options.BeforePageRender?.Invoke(page.Kind, data);
                    if (output is null)
                    {
                        run.Theme.RenderPage(page.Kind, data, TextWriter.Null);
                    }
                    else
                    {
                        output.WriteText(job.File, writer => run.Theme.RenderPage(page.Kind, data, writer));
                    }
                }

                HashSet<ContentRead>? reads = null;
                if (_keep && job.Index is null)
                {
                    ContentReads.Record(() => { Write(); return 0; }, out reads);
                }
                else
                {
                    Write();
                }

                // The addresses only, not the page's data.
                sources[i] = new OutputSource(job.Index?.Reads ?? reads, new SitemapEntry(page! with { Data = EmptyData }, job.Edition.Lang, job.Edition.Other.Lang)) { Made = job.Made };
                var count = Interlocked.Increment(ref renderedCount);
                _options.Progress?.Report(new BuildProgress("Rendering", count, pages.Count));
            }
            catch (TemplateFailure ex)
            {
                var url = page?.Url ?? job.File;
                failures.AddOrUpdate((ex.Location, ex.Reason), (i, url, 1),
                    (_, f) => (Math.Min(f.First, i), i < f.First ? url : f.Url, f.Count + 1));
            }
            catch (Exception ex) when (PipelineException.IsUnexplained(ex))
            {
                throw new PipelineException(Path.Combine(_options.ResolvedOutputFolder, job.File), ex);
            }
        });

        // A template error is reported once, at its place in the theme, with the first page it failed on
        // (the same one in every run) and how many more: not once for each of twenty thousand pages.
        foreach (var ((location, reason), (_, url, count)) in failures)
        {
            var others = count switch { 1 => "", 2 => " and 1 other page", _ => $" and {count - 1} other pages" };
            _diagnostics.Error(DiagnosticCodes.RenderFailed, $"the template failed on {url}{others}: {reason}", location);
        }

        _timings?.Step("render");
        var made = new List<PageGroup>(groups.Count);
        var next = 0;
        foreach (var group in groups)
        {
            if (group.Kept is { } same)
            {
                made.Add(same);
                continue;
            }

            var count = group.Jobs!.Count;
            var rendered = Enumerable.Range(next, count).Where(i => sources[i] is not null).ToList();
            var files = rendered.Select(i => pages[i].File).ToArray();
            var madeFrom = rendered.Select(i => sources[i]!).ToArray();
            next += count;
            // Everything a volume's pages read, so that the next run can keep the volume without looking at each page.
            var reads = group.ByIndex || !_keep ? null : GroupReads.Of(madeFrom, run.Everything ? null : run.Kept!.Pages.Group(group.Key));
            made.Add(new PageGroup(group.Key, files, madeFrom, reads));
        }

        return new Rendered(renderedCount, failures.Count > 0, made, new Dictionary<string, OutputSource>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a page kept from the last run still holds: an index page that is the very page object rendered last time
    /// (its index, or that page of it, was kept), any other page when it read nothing that changed.
    /// </summary>
    private static bool Holds(OutputSource was, PageJob job, ChangedParts changed) =>
        job.Made is { } made ? ReferenceEquals(was.Made, made) : was.Reads is { } reads && !changed.Parts.Any(reads.Contains);

    /// <summary>The root page, the feeds, the sitemap, robots.txt and 404.html; pages the site no longer has removed.</summary>
    private void WriteRest(Run run, Stages stages, Rendered pages, IOutputSink output)
    {
        var urls = run.Urls;
        var kept = run.Kept;
        string root;
        try
        {
            var entries = stages.Editions.Select(e => new EditionChoice
            {
                Code = e.Edition.Code,
                Lang = e.Edition.Lang,
                Label = e.Edition.Label,
                Url = urls.Page(e.Edition, ""),
                SiteTitle = e.SiteTitle,
                // "进入简体版" / "進入繁體版": each button in its own edition's script, around its label.
                EnterLabel = e.Context.Text("enter") + e.Edition.Label + e.Context.Text("editionSuffix"),
            }).ToList();
            root = run.Theme.Render("root", new RootPageData { Site = new RootSiteView { Title = run.Site.Config.Title, BaseUrl = urls.Base }, Editions = entries });
        }
        catch (TemplateFailure ex)
        {
            _diagnostics.Error(DiagnosticCodes.RenderFailed, $"the template failed on the root page: {ex.Reason}", ex.Location);
            throw new RootPageFailure();
        }

        output.WriteText("index.html", root);
        output.CopyOutput(urls.OutputFile(urls.Page(Edition.Hans, "404.html")), "404.html");
        for (var e = 0; e < stages.Editions.Length; e++)
        {
            var edition = stages.Editions[e];
            var file = $"{edition.Edition.Code}/{SitePaths.Feed}";
            if (!run.Everything && kept!.Pages.Feeds.TryGetValue(file, out var was) && was.Reads is { } reads && !stages.Changed.Parts.Any(reads.Contains))
            {
                pages.Feeds[file] = was;
                continue;
            }

            // Every chapter of the edition, as the feed lists them; reading the whole list reads the site's listing.
            var index = e;
            string Feed() => AtomFeed.Write(edition.Edition, edition.SiteTitle, stages.Conversions.Values.Select(c => c.Value.Editions[index]), urls);
            HashSet<ContentRead>? feedReads = null;
            var feed = _keep ? ContentReads.Record(Feed, out feedReads) : Feed();
            feedReads?.Add(new ContentRead("", ContentPart.Listing));
            output.WriteText(file, feed);
            pages.Feeds[file] = new OutputSource(feedReads, null);
        }

        if (kept is null || !kept.Pages.SameAddresses(pages.Groups))
        {
            var sitemap = pages.Groups.SelectMany(g => g.Sources).Select(s => s.Sitemap!);
            output.WriteText("sitemap.xml", Sitemap.Write(sitemap.Select(p => (p.Page, p.Lang, p.OtherLang)), urls));
        }

        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {(urls.Absolute(urls.Base + "sitemap.xml") is { Length: > 0 } abs ? abs : urls.Base + "sitemap.xml")}\n");
        if (kept is not null)
        {
            // The pages of the groups listed again that they no longer list, and the feeds of editions gone.
            var now = pages.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
            var listed = pages.Groups.Where(g => !ReferenceEquals(kept.Pages.Group(g.Key), g)).SelectMany(g => g.Files).ToHashSet(StringComparer.Ordinal);
            foreach (var group in kept.Pages.Groups.Where(g => !ReferenceEquals(now.GetValueOrDefault(g.Key), g)))
            {
                foreach (var file in group.Files.Where(f => !listed.Contains(f)))
                {
                    output.Delete(file);
                }
            }

            foreach (var file in kept.Pages.Feeds.Keys.Where(f => !pages.Feeds.ContainsKey(f)))
            {
                output.Delete(file);
            }
        }
    }

    /// <summary>The root page failed to render: reported, and nothing is published.</summary>
    private sealed class RootPageFailure : Exception;

    /// <summary>What this run keeps for the next.</summary>
    private PipelineMemory Keep(Run run, Stages stages, Rendered pages) =>
        new(run.Kept?.OutputFolder ?? _options.ResolvedOutputFolder, run.Site, run.Theme, run.Urls, run.Markdown, run.Html,
            stages.ChaptersByPath, stages.Conversions, ConversionReaders.Of(stages.Conversions, stages.Converted, run.Kept), stages.Editions,
            new PageListing(pages.Groups, pages.Feeds), stages.Media);

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
    /// Copies the theme's assets, over the bundled theme's that it lacks (<see cref="Theme.AssetFolders"/>); a link
    /// pointing out of its theme is reported, never followed.
    /// </summary>
    private void CopyAssets(Theme theme, IOutputSink output, string siteRoot)
    {
        foreach (var source in theme.AssetFolders)
        {
            CopyAssets(source, output, siteRoot);
        }
    }

    private void CopyAssets(string source, IOutputSink output, string siteRoot)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (!SiteLoader.IsInside(Path.GetDirectoryName(source)!, file))
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, "the theme file is a link to a place outside the theme; it is not copied",
                    new SourceLocation(Path.GetRelativePath(siteRoot, file).Replace('\\', '/')));
                continue;
            }

            output.CopyFile(file, "assets/" + Path.GetRelativePath(source, file).Replace('\\', '/'));
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
