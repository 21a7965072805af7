using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes;
using Yearbook.Indexes.Honors;
using Yearbook.Model;
using Yearbook.Output;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook.Build;

/// <summary>
/// Applies edits to chapter files (changed, new or removed) to a published site. The edited chapters
/// are read and converted again; the table of contents is rebuilt for their volumes from the chapters in
/// memory; then only what shows the edit is written: the chapters' own pages, the pages of chapters whose
/// previous or next link or subject link changed, and the volume pages, home pages, indexes, downloads and
/// feeds that show a changed field (<see cref="EditReach"/>), and the sitemap when the reading order changed.
/// The result is the output a full build of the edited site writes, except the search index, which
/// <see cref="SiteSession.RefreshSearchIndex"/> brings up to date. Edited chapters with errors are reported
/// (<see cref="HasErrors"/>) and nothing is written. A change that could reach pages beyond these (a
/// removed chapter other chapters may link to, a new category, a new image to copy) is left to a full build.
/// </summary>
internal sealed class ChapterEdits
{
    private readonly SiteState _state;
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(Chapter? Old, Chapter? New)> _changes = [];
    private readonly Dictionary<Chapter, EditionChapter[]> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _media = new(StringComparer.Ordinal);
    private readonly List<string> _unusedMedia = [];
    private readonly UpdateTimings? _timings;

    private ChapterEdits(SiteState state, BuildOptions options, UpdateTimings? timings)
    {
        _state = state;
        _options = options;
        _timings = timings;
    }

    /// <summary>The problems found in the edited chapters and the indexes.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Sorted;

    /// <summary>Whether the edited chapters have errors (<see cref="Diagnostics"/>): nothing may be written.</summary>
    public bool HasErrors => _diagnostics.HasErrors;

    /// <summary>
    /// Reads and converts the chapter files <paramref name="paths"/> (relative to the site folder);
    /// null when the edit needs a full build (a change this class does not follow). Nothing is written
    /// yet. Each step is timed into <paramref name="timings"/> when given.
    /// </summary>
    public static ChapterEdits? Read(SiteState state, IEnumerable<string> paths, BuildOptions options, UpdateTimings? timings = null)
    {
        var edits = new ChapterEdits(state, options, timings);
        return edits.ReadChanges(paths) ? edits : null;
    }

    private bool ReadChanges(IEnumerable<string> paths)
    {
        var site = _state.Site;
        var reader = new ChapterReader(site.Config.DefaultScript, site.Config.District, _state.Markdown, _diagnostics);
        foreach (var path in paths)
        {
            var old = _state.ChapterAt(path);
            var full = Path.Combine(site.Root, path);
            Chapter? current = null;
            if (File.Exists(full))
            {
                var parts = path.Split('/');
                current = reader.Read(full, path, parts[0], parts.Length == 3 ? parts[1] : null);
                if (current is null || _diagnostics.HasErrors)
                {
                    // The chapter cannot be published as it is (often: caught half saved). The errors
                    // are shown over the last good site; the next save reads it again.
                    return _diagnostics.HasErrors;
                }

                if (!_options.IncludeDrafts && current.FrontMatter.Draft)
                {
                    current = null;
                }
            }

            if (old is not null || current is not null)
            {
                _changes.Add((old, current));
            }
        }

        _timings?.Step("read");
        // The chapters the edit left alone, listed only when an edit needs them (most do not).
        var removed = _changes.Where(c => c.Old is not null).Select(c => c.Old!).ToHashSet(ReferenceEqualityComparer.Instance);
        var others = new Lazy<List<Chapter>>(() => site.Chapters.Where(c => !removed.Contains(c)).ToList());
        foreach (var (old, current) in _changes)
        {
            if (old is null && !IsSafeAddition(current!, others.Value))
            {
                return false;
            }

            // Another chapter may link to a removed one, which a full build reports as a broken link.
            if (current is null && others.Value.Any(c => c.Body.Contains(Path.GetFileName(old!.Path), StringComparison.Ordinal)))
            {
                return false;
            }
        }

        if (_options.Lint)
        {
            var lint = new ScriptLint(_state.Markdown, site, Editions.Review.ReviewedList.Load(site.Root, new DiagnosticBag()));
            foreach (var (_, current) in _changes.Where(c => c.New is not null))
            {
                lint.Check(current!, _diagnostics);
            }
        }

        Site = ApplyTo(site);
        Links = _changes.Any(c => c.Old is null || c.New is null) ? new ChapterLinks(Site, _state.Urls) : _state.Links;
        _timings?.Step("check");
        var converted = Convert(others);
        _timings?.Step("convert");
        return converted || _diagnostics.HasErrors;
    }

    /// <summary>The edited site.</summary>
    public Site Site { get; private set; } = null!;

    /// <summary>The link resolver of the edited site.</summary>
    public ChapterLinks Links { get; private set; } = null!;

    /// <summary>A new chapter must go into a category its volume already has (a new category folder is checked by a full build) and have an address of its own.</summary>
    private bool IsSafeAddition(Chapter chapter, IReadOnlyList<Chapter> others) =>
        (chapter.CategorySlug is null || others.Any(c => c.VolumeSlug == chapter.VolumeSlug && c.CategorySlug == chapter.CategorySlug))
        && !others.Any(c => string.Equals(c.RelativeUrl, chapter.RelativeUrl, StringComparison.OrdinalIgnoreCase));

    private Site ApplyTo(Site site)
    {
        var removed = _changes.Where(c => c.Old is not null).Select(c => c.Old!).ToHashSet(ReferenceEqualityComparer.Instance);
        var added = _changes.Where(c => c.New is not null).Select(c => c.New!).ToList();
        var volumes = site.Volumes.Select(v =>
            _changes.Any(c => (c.New ?? c.Old)!.VolumeSlug == v.Slug)
                ? v with { Chapters = Volume.ReadingOrder(v.Chapters.Where(c => !removed.Contains(c)).Concat(added.Where(c => c.VolumeSlug == v.Slug)), v.CategoryOrder) }
                : v).ToList();
        return site with { Volumes = volumes };
    }

    /// <summary>Converts the new chapters into every edition, as the full build does; records the media they use and the media no chapter uses any more.</summary>
    private bool Convert(Lazy<List<Chapter>> others)
    {
        var converter = new ChapterConverter(_state.Markdown);
        foreach (var (_, chapter) in _changes.Where(c => c.New is not null))
        {
            var parsed = converter.Parse(chapter!, _diagnostics);
            _converted[chapter!] = _state.Editions.Select((e, i) => converter.Convert(parsed, e.Converter, body =>
            {
                Links.Resolve(body, chapter!, e.Edition, _media, _diagnostics, report: i == 0);
                return _state.Html.Render(body);
            })).ToArray();
        }

        if (!_media.IsSubsetOf(_state.Media))
        {
            return false; // a new file to copy: a full build copies it
        }

        // The files the old versions used: one no chapter uses any more is no longer published.
        var oldMedia = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, _) in _changes.Where(c => c.Old is not null))
        {
            var body = converter.Parse(old!).RewriteFor(_state.Editions[0].Converter);
            _state.Links.Resolve(body, old!, _state.Editions[0].Edition, oldMedia, new DiagnosticBag(), report: false);
        }

        foreach (var file in oldMedia.Where(m => !_media.Contains(m)))
        {
            // Another chapter may still use it: one that names it by its path from the chapter's folder
            // does; when others only mention its name, a full build decides.
            var name = Path.GetFileName(file);
            var mentions = others.Value.Where(c => c.Body.Contains(name, StringComparison.Ordinal)).ToList();
            if (mentions.Count == 0)
            {
                _unusedMedia.Add(file);
            }
            else if (!mentions.Any(c => c.Body.Contains(Path.GetRelativePath(Path.GetDirectoryName(c.Path) ?? "", file).Replace('\\', '/'), StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes what the edit changed into the output and returns the state of the edited site.</summary>
    public SiteState Write(OutputFiles output)
    {
        var urls = _state.Urls;
        var simplified = _state.Editions.First(e => e.Edition == Edition.Hans).Converter;
        var changedVolumes = _changes.Select(c => (c.New ?? c.Old)!.VolumeSlug).ToHashSet(StringComparer.Ordinal);
        var oldOrder = _state.Site.Volumes.Where(v => changedVolumes.Contains(v.Slug)).ToDictionary(v => v.Slug, v => v.Chapters.Select(c => c.Path).ToList());
        var reordered = Site.Volumes.Where(v => changedVolumes.Contains(v.Slug)).Any(v => !v.Chapters.Select(c => c.Path).SequenceEqual(oldOrder[v.Slug]));
        var reach = EditReach.Of(_changes, reordered);
        var editions = new List<EditionState>();
        for (var e = 0; e < _state.Editions.Count; e++)
        {
            var old = _state.Editions[e];
            var edition = old.Edition;
            var chapters = new Dictionary<Chapter, EditionChapter>(old.Chapters, ReferenceEqualityComparer.Instance);
            foreach (var (previous, current) in _changes)
            {
                if (previous is not null)
                {
                    chapters.Remove(previous);
                }

                if (current is not null)
                {
                    chapters[current] = _converted[current][e];
                }
                else
                {
                    output.Delete(urls.OutputFile(urls.Chapter(edition, previous!)));
                }
            }

            var contents = new TableOfContents(old.Contents, Site, chapters, changedVolumes);
            _timings?.Step(edition.Code + " contents");
            var indexes = old.Indexes;
            if (reach.Indexes != IndexKinds.None)
            {
                indexes = EditionIndexes.Build(Site.Config, contents, old.Converter, simplified, old.Context, urls, e == 0 ? _diagnostics : null, old.Indexes, reach.Indexes, reach.StatisticsInPlace);
                _timings?.Step(edition.Code + " indexes");
                foreach (var index in indexes.Outputs.Where(o => reach.Indexes.HasFlag(o.Kind)))
                {
                    foreach (var page in IndexPagesToWrite(output, old.Indexes.Outputs.First(o => o.Kind == index.Kind), index, edition))
                    {
                        WritePage(output, page, old.Context);
                    }

                    _timings?.Step($"{edition.Code} {index.Kind.ToString().ToLowerInvariant()} page");
                    foreach (var (path, bytes) in index.Files)
                    {
                        output.WriteBytes(path, bytes);
                    }

                    _timings?.Step($"{edition.Code} {index.Kind.ToString().ToLowerInvariant()} downloads");
                }
            }

            if (reach.HomePages)
            {
                WritePage(output, HomePage.Build(contents, edition, old.Context, urls, old.SiteTitle,
                    old.Converter.Convert(Site.Config.Description, Site.Config.DefaultScript)), old.Context);
                _timings?.Step(edition.Code + " home");
            }

            if (reach.Feeds)
            {
                output.WriteText($"{edition.Code}/{SitePaths.Feed}", AtomFeed.Write(edition, old.SiteTitle, chapters.Values, urls));
                _timings?.Step(edition.Code + " feed");
            }

            var state = old with { Chapters = chapters, Contents = contents, Indexes = indexes };
            var pages = new HashSet<EditionChapter>(ReferenceEqualityComparer.Instance);
            foreach (var volume in contents.Volumes.Where(v => changedVolumes.Contains(v.Source.Slug)))
            {
                if (reach.VolumePages)
                {
                    WritePage(output, VolumePage.Build(volume, edition, old.Context, urls, _state.Html), old.Context);
                }

                pages.UnionWith(volume.Chapters.Where(c => _converted.ContainsKey(c.Source) || NeighboursChanged(old.Contents, contents, c.Source)));
            }

            _timings?.Step(edition.Code + " volume pages");

            // A tag's place in the subject index can move when chapters gain or lose it; every page linking it follows.
            var tags = _changes.SelectMany(c => new[] { c.Old is null ? null : old.Chapters[c.Old], c.New is null ? null : chapters[c.New] })
                .SelectMany(c => c?.Tags ?? []).Where(t => old.SubjectUrl(urls, t) != state.SubjectUrl(urls, t)).ToHashSet(StringComparer.Ordinal);
            if (tags.Count > 0)
            {
                pages.UnionWith(chapters.Values.Where(c => c.Tags.Any(tags.Contains)));
            }

            _timings?.Step(edition.Code + " tags");
            foreach (var chapter in pages)
            {
                WriteChapterPage(output, chapter, state);
            }

            _timings?.Step(edition.Code + " chapter pages");

            editions.Add(state);
        }

        var sitemap = _state.Sitemap;
        // A split index page that comes or goes (a year's honors on a second page) changes the sitemap too.
        var indexPages = _state.Editions.Zip(editions).Any(p => !p.First.Indexes.Pages.Select(x => x.Url).SequenceEqual(p.Second.Indexes.Pages.Select(x => x.Url), StringComparer.Ordinal));
        if (reordered || indexPages)
        {
            sitemap = SitemapPages(editions);
            output.WriteText("sitemap.xml", Sitemap.Write(sitemap, urls));
            _timings?.Step("sitemap");
        }

        var media = new HashSet<string>(_state.Media, StringComparer.Ordinal);
        foreach (var file in _unusedMedia)
        {
            media.Remove(file);
            output.Delete("media/" + file);
        }

        return _state with { Site = Site, Links = Links, Editions = editions, Media = media, Sitemap = sitemap };
    }

    /// <summary>
    /// The pages of an index built again that may have changed, after removing those it no longer has: those that
    /// are not the very pages of <paramref name="before"/> (an update keeps the page objects of what it did not change,
    /// as the statistics' category and indicator pages), but of the honors only the landing page and the years the
    /// edited chapters' honors have (before or after), as long as the years and their pages are the same (a year's
    /// page shows no other year's honors).
    /// </summary>
    private IEnumerable<Page> IndexPagesToWrite(OutputFiles output, IndexOutput before, IndexOutput after, Edition edition)
    {
        var urls = _state.Urls;
        var kept = after.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var gone = before.Pages.Where(p => !kept.Contains(p.Url)).ToList();
        foreach (var page in gone)
        {
            output.Delete(urls.OutputFile(page.Url));
        }

        var same = new HashSet<object>(before.Pages, ReferenceEqualityComparer.Instance);
        var changed = after.Pages.Where(p => !same.Contains(p));
        if (after.Kind != IndexKinds.Honors || gone.Count > 0 || after.Pages.Count != before.Pages.Count)
        {
            return changed;
        }

        var years = _changes.SelectMany(c => new[] { c.Old, c.New }).SelectMany(c => c?.FrontMatter.Honors ?? [])
            .Select(h => urls.Page(edition, SitePaths.Part(HonorsPage.Folder, HonorsPage.YearKey(h.Year)))).ToHashSet(StringComparer.Ordinal);
        return changed.Where(p => ReferenceEquals(p, after.Pages[0]) || years.Any(y => p.Url.StartsWith(y, StringComparison.Ordinal)));
    }

    private void WriteChapterPage(OutputFiles output, EditionChapter chapter, EditionState edition)
    {
        var urls = _state.Urls;
        var page = ChapterPage.Build(chapter, chapter.BodyHtml, edition.Contents, edition.Context, urls, tag => edition.SubjectUrl(urls, tag));
        WritePage(output, page, edition.Context);
    }

    /// <summary>Writes <paramref name="page"/> through the theme into <paramref name="output"/>.</summary>
    private void WritePage(OutputFiles output, Page page, EditionContext context)
    {
        var data = context.For(page);
        output.WriteText(_state.Urls.OutputFile(page.Url), writer => _state.Theme.RenderPage(page.Kind, data, writer));
    }

    /// <summary>Whether the previous or next link of a chapter the edit did not touch shows another chapter, or another title.</summary>
    private static bool NeighboursChanged(TableOfContents before, TableOfContents after, Chapter chapter) =>
        !SameNeighbour(before.Previous(chapter), after.Previous(chapter)) || !SameNeighbour(before.Next(chapter), after.Next(chapter));

    private static bool SameNeighbour(EditionChapter? a, EditionChapter? b) =>
        a is null ? b is null : b is not null && a.Title == b.Title && a.Source.RelativeUrl == b.Source.RelativeUrl;

    /// <summary>The sitemap's pages in the full build's order: each volume's chapters follow its page, in reading order.</summary>
    private List<(Page Page, string Lang, string OtherLang)> SitemapPages(IReadOnlyList<EditionState> editions)
    {
        var urls = _state.Urls;
        var pages = new List<(Page Page, string Lang, string OtherLang)>();
        // The index pages of each edition as they are now, in place of those the sitemap listed.
        var indexPages = _state.Editions.Select(e => e.Indexes.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal)).ToList();
        var listed = new HashSet<int>();
        foreach (var entry in _state.Sitemap.Where(p => p.Page.Kind != "chapter"))
        {
            var e = Enumerable.Range(0, editions.Count).FirstOrDefault(i => editions[i].Edition.Lang == entry.Lang, -1);
            if (e >= 0 && indexPages[e].Contains(entry.Page.Url))
            {
                if (listed.Add(e))
                {
                    pages.AddRange(editions[e].Indexes.Pages.Select(p => (p with { Data = new Dictionary<string, object?>() }, entry.Lang, entry.OtherLang)));
                }

                continue;
            }

            pages.Add(entry);
            var edition = editions.FirstOrDefault(e => e.Edition.Lang == entry.Lang);
            var volume = entry.Page.Kind == "volume" ? edition?.Contents.Volumes.FirstOrDefault(v => urls.Volume(edition.Edition, v.Source) == entry.Page.Url) : null;
            foreach (var chapter in volume?.Chapters ?? [])
            {
                var page = new Page { Kind = "chapter", Url = urls.Chapter(edition!.Edition, chapter.Source), AlternateUrl = urls.Chapter(edition.Edition.Other, chapter.Source), Title = chapter.Title };
                pages.Add((page, entry.Lang, entry.OtherLang));
            }
        }

        return pages;
    }
}
