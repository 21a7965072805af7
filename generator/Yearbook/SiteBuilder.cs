using System.Collections.Concurrent;
using HandlebarsDotNet;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes;
using Yearbook.Indexes.Contents;
using Yearbook.Indexes.Search;
using Yearbook.Output;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook;

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

    /// <summary>Creates a builder for <paramref name="options"/>.</summary>
    public SiteBuilder(BuildOptions options) => _options = options;

    /// <summary>Runs the build.</summary>
    public BuildResult Build()
    {
        // 0. A build killed part-way may have left its staging folder, or the last site moved aside.
        if (_options.WriteOutput)
        {
            StagedOutput.RemoveLeftovers(_options.ResolvedOutputFolder);
        }

        // 1. Load: settings, glossary, volumes and chapters, typed and checked.
        _options.Progress?.Report(new BuildProgress("Loading", 0, 0));
        var site = new SiteLoader(_diagnostics).Load(_options.SiteFolder, _options.IncludeDrafts, _options.BaseUrl);
        var theme = site is null ? null : Theme.Load(site.Root, site.Config.Theme, _diagnostics);
        if (site is null || theme is null)
        {
            return Finish(0, published: false);
        }

        var urls = new SiteUrls(site.Config);
        var markdown = new ChapterMarkdown(site.Config.RawHtml);
        var html = new MarkdownHtml(markdown.Pipeline);
        var links = new ChapterLinks(site, urls);
        if (_options.Lint)
        {
            var lint = new ScriptLint(markdown, site.Glossary);
            Parallel.ForEach(site.Chapters, chapter => lint.Check(chapter, _diagnostics));
        }

        var media = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<(Page Page, Edition Edition, EditionContext Context)>();
        var feeds = new Dictionary<Edition, string>();
        var rootEditions = new List<object>();
        var downloads = new List<(string Path, byte[] Bytes)>();
        var simplified = new EditionConverter(Edition.Hans, site.Config, site.Glossary);
        var searchVolumes = new Dictionary<Edition, IReadOnlyList<EditionVolume>>();

        foreach (var edition in Edition.All)
        {
            // 2. Edition: every chapter converted into the edition's script, in parallel.
            var converter = new EditionConverter(edition, site.Config, site.Glossary);
            var chapterConverter = new ChapterConverter(markdown, converter);
            var converted = new ConcurrentDictionary<Chapter, EditionChapter>();
            var report = edition == Edition.All[0];
            var stage = $"Converting {edition.Code}";
            var chapterCount = site.Chapters.Count();
            var done = 0;
            Parallel.ForEach(site.Chapters, chapter =>
            {
                var editionChapter = chapterConverter.Convert(chapter, report ? _diagnostics : null);
                links.Resolve(editionChapter, media, _diagnostics, report);
                converted[chapter] = editionChapter;
                _options.Progress?.Report(new BuildProgress(stage, Interlocked.Increment(ref done), chapterCount));
            });

            // 3. Index: the table of contents (and, per edition, the indexes across volumes).
            var contents = new TableOfContents(site, converter, converted);
            searchVolumes[edition] = contents.Volumes;
            var context = new EditionContext(site.Config, theme, converter, urls, site.Volumes.Select(v => v.Year).DefaultIfEmpty(0).Max());
            var siteTitle = converter.Convert(site.Config.Title, site.Config.DefaultScript);
            var indexes = EditionIndexes.Build(site.Config, contents, converter, simplified, context, urls, report ? _diagnostics : null);
            pages.AddRange(indexes.Pages.Select(p => (p, edition, context)));
            downloads.AddRange(indexes.Files);
            string SubjectUrl(string tag) => indexes.SubjectUrl(urls, edition, tag);

            pages.Add((HomePage.Build(contents, edition, context, urls, siteTitle, converter.Convert(site.Config.Description, site.Config.DefaultScript)), edition, context));
            foreach (var volume in contents.Volumes)
            {
                pages.Add((VolumePage.Build(volume, edition, context, urls, html), edition, context));
                foreach (var chapter in volume.Chapters)
                {
                    pages.Add((ChapterPage.Build(chapter, html.Render(chapter.Body), contents, context, urls, SubjectUrl), edition, context));
                }
            }

            pages.Add((SimplePages.Search(edition, context, urls), edition, context));
            pages.Add((SimplePages.NotFound(edition, context, urls), edition, context));
            feeds[edition] = AtomFeed.Write(edition, siteTitle, converted.Values, urls);
            rootEditions.Add(new
            {
                code = edition.Code,
                lang = edition.Lang,
                label = edition.Label,
                url = urls.Page(edition, ""),
                siteTitle,
                // "进入简体版" / "進入繁體版": each button in its own edition's script, around its label.
                enterLabel = context.Text("enter") + edition.Label + context.Text("editionSuffix"),
            });
        }

        ReportCaseCollisions(media);

        // The search index both editions share.
        _options.Progress?.Report(new BuildProgress("Indexing search", 0, 0));
        downloads.AddRange(new SearchIndexBuilder(urls, ScriptFold.Chinese).Build(searchVolumes).Files);

        // 4. Render: every page through the theme, in parallel; a template failure is a diagnostic.
        var rendered = new ConcurrentBag<(string File, string Html)>();
        var renderedCount = 0;
        Parallel.ForEach(pages, item =>
        {
            var (page, edition, context) = item;
            var data = context.For(page);
            try
            {
                data["content"] = theme.Render(page.Kind, data);
                rendered.Add((urls.OutputFile(page.Url), theme.Render("base", data)));
                _options.Progress?.Report(new BuildProgress("Rendering", Interlocked.Increment(ref renderedCount), pages.Count));
            }
            catch (HandlebarsException ex)
            {
                _diagnostics.Error(DiagnosticCodes.RenderFailed, $"the template failed on {page.Url}: {ex.Message}",
                    theme.LayoutLocation(page.Kind));
            }
        });
        var root = theme.Render("root", new { site = new { title = site.Config.Title, baseUrl = urls.Base }, editions = rootEditions });

        if (!_options.WriteOutput || rendered.Count < pages.Count || (!_options.PublishWithErrors && _diagnostics.HasErrors))
        {
            return Finish(rendered.Count, published: false);
        }

        // 5. Write: stage everything, then move it into place.
        _options.Progress?.Report(new BuildProgress("Writing", 0, rendered.Count));
        using var output = StagedOutput.Open(_options.ResolvedOutputFolder, site.Root, _diagnostics, theme.Folder);
        if (output is null)
        {
            return Finish(rendered.Count, published: false);
        }

        foreach (var (file, pageHtml) in rendered)
        {
            output.WriteText(file, pageHtml);
        }

        output.WriteText("index.html", root);
        downloads.ForEach(d => output.WriteBytes(d.Path, d.Bytes));
        output.WriteText("404.html", rendered.First(r => r.File == Edition.Hans.Code + "/404.html").Html);
        foreach (var (edition, feed) in feeds)
        {
            output.WriteText($"{edition.Code}/atom.xml", feed);
        }

        output.WriteText("sitemap.xml", Sitemap.Write(pages.Select(p => (p.Page, p.Edition.Lang, p.Edition.Other.Lang)), urls));
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {(urls.Absolute(urls.Base + "sitemap.xml") is { Length: > 0 } abs ? abs : urls.Base + "sitemap.xml")}\n");
        CopyFolder(theme.AssetsFolder, "assets", output, site.Root);
        foreach (var file in media.Order(StringComparer.Ordinal))
        {
            output.CopyFile(Path.Combine(site.Root, file), "media/" + file);
        }

        if (_diagnostics.HasErrors && !_options.PublishWithErrors)
        {
            return Finish(rendered.Count, published: false);
        }

        output.Commit();
        return Finish(rendered.Count, published: true);
    }

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

    private BuildResult Finish(int pageCount, bool published) => new(_diagnostics.Sorted, pageCount, published);
}
