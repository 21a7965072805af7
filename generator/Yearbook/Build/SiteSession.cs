using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Indexes.Search;

namespace Yearbook.Build;

/// <summary>What an update without a full build did.</summary>
/// <param name="Diagnostics">The problems found in what was read again.</param>
/// <param name="Files">The files written, copied or removed, relative to the output folder (none listed when every page was rendered).</param>
/// <param name="PageCount">How many pages were rendered.</param>
/// <param name="Published">Whether the output now shows the change (false when an edited chapter has errors: the last good site stays).</param>
/// <param name="Description">What was done, for the preview's log.</param>
public sealed record IncrementalUpdate(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files, int PageCount, bool Published, string Description)
{
    /// <summary>The chapters read again (paths relative to the site folder): the <see cref="Diagnostics"/> are all that is wrong with them now.</summary>
    public IReadOnlyList<string> Read { get; init; } = [];
}

/// <summary>
/// A site kept in memory between builds, for the preview server. A full build publishes the site and
/// keeps what it made; <see cref="TryUpdate"/> then applies a change without building everything again,
/// writing what a full build of the changed site would write, byte for byte:
/// <list type="bullet">
/// <item>a chapter's body edited: that chapter's two pages;</item>
/// <item>a chapter's front matter edited: its pages, and those of the volume page, the home pages, the honors, statistics and subject indexes
/// (with their downloads) and the feeds that show the changed field (<see cref="EditReach"/>); the neighbours' pages when the title changed;</item>
/// <item>a chapter added, removed or moved: its pages, its old and new neighbours', every index, list and feed, and the sitemap (<see cref="ChapterEdits"/>);</item>
/// <item>an edited chapter with errors: nothing written, the errors reported, the last good site kept (even when full builds
/// publish with errors: an editor's half-saved chapter should neither vanish nor cost a full build); the chapter is read again with the next change;</item>
/// <item>a theme asset: that file copied (or removed); a content file the site publishes (an image): that file copied;</item>
/// <item>a layout, partial or the UI strings: every page rendered again with the chapters already converted (no chapter read);</item>
/// <item>settings, the glossary, a volume's <c>_volume.yml</c>, folders coming or going, a new category, a removed chapter other chapters
/// may link to, or a new image to copy: a full build (null).</item>
/// </list>
/// The search index is brought up to date separately (<see cref="RefreshSearchIndex"/>), when edits pause.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private SiteState? _state;

    // Chapters (full paths) whose last reading had errors: read again with every change until they publish.
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);

    /// <summary>Creates a session that builds with <paramref name="options"/>.</summary>
    public SiteSession(BuildOptions options) => _options = options;

    /// <summary>
    /// Builds the whole site; when it publishes without errors, its state is kept for incremental updates.
    /// A site published with errors left out what they affect, which only a full build puts back.
    /// </summary>
    public BuildResult Build()
    {
        var builder = new SiteBuilder(_options);
        var result = builder.Build();
        _state = result.Published && result.ErrorCount == 0 ? builder.State : null;
        _unpublished.Clear();
        SearchIndexStale = false;
        return result;
    }

    /// <summary>
    /// Applies a change to the files <paramref name="changedFiles"/> (full paths) to the published site;
    /// null when a full build is needed. Each step is timed into <paramref name="timings"/> when given.
    /// </summary>
    public IncrementalUpdate? TryUpdate(IReadOnlyCollection<string> changedFiles, UpdateTimings? timings = null)
    {
        if (_state is not { } state)
        {
            return null;
        }

        var changes = SiteChanges.Classify(_unpublished.Count == 0 ? changedFiles : changedFiles.Concat(_unpublished), state);
        timings?.Step("classify");
        if (changes.NeedsFullBuild || (changes.Templates && changes.Chapters.Count > 0))
        {
            return null;
        }

        if (changes.Templates)
        {
            return RenderAgain(state);
        }

        var edits = changes.Chapters.Count > 0 ? ChapterEdits.Read(state, changes.Chapters, _options, timings) : null;
        if (changes.Chapters.Count > 0 && edits is null)
        {
            return null;
        }

        if (edits is { HasErrors: true })
        {
            _unpublished.UnionWith(changes.Chapters.Select(c => Path.GetFullPath(Path.Combine(state.Site.Root, c))));
            return new IncrementalUpdate(edits.Diagnostics, [], 0, Published: false, "errors in the edited chapters; the last good site stays")
            {
                Read = changes.Chapters,
            };
        }

        if (changes.EntriesChanged)
        {
            return null; // read without errors; the subject index and the entry lint follow in a full build
        }

        var output = new OutputFiles(state.OutputFolder);
        try
        {
            if (edits is not null)
            {
                _state = edits.Write(output);
                SearchIndexStale = true;
            }
        }
        catch (Yearbook.Rendering.TemplateFailure)
        {
            _state = null; // the full build reports the template's failure
            return null;
        }

        foreach (var file in changes.Media)
        {
            output.Copy(Path.Combine(state.Site.Root, file), "media/" + file);
        }

        foreach (var asset in changes.Assets)
        {
            var source = Path.Combine(state.Theme.AssetsFolder, asset);
            if (!File.Exists(source))
            {
                if (state.Theme.FallbackFolder is { } bundled && File.Exists(Path.Combine(bundled, "assets", asset)))
                {
                    return null; // the bundled theme's file takes its place: the full build copies it
                }

                output.Delete("assets/" + asset);
            }
            else if (SiteLoader.IsInside(state.Theme.Folder, source))
            {
                output.Copy(source, "assets/" + asset);
            }
            else
            {
                return null; // a link out of the theme: the full build reports it
            }
        }

        if (changes.Media.Count + changes.Assets.Count > 0)
        {
            timings?.Step("copy");
        }

        _unpublished.Clear();
        var pages = output.Touched.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        return new IncrementalUpdate(edits?.Diagnostics ?? [], output.Touched, pages, Published: true,
            output.Touched.Count switch
            {
                0 => "nothing to rebuild",
                <= 12 => "incremental: " + string.Join(", ", output.Touched),
                var n => $"incremental: {n} files",
            })
        {
            Read = changes.Chapters,
        };
    }

    /// <summary>A template changed: every page rendered again through the reloaded theme, from the chapters already converted.</summary>
    private IncrementalUpdate RenderAgain(SiteState state)
    {
        var builder = new SiteBuilder(_options);
        var result = builder.Build(reuse: state);
        _state = result.Published && result.ErrorCount == 0 ? builder.State : null;
        SearchIndexStale = false;
        return new IncrementalUpdate(result.Diagnostics, [], result.PageCount, result.Published, "theme changed: every page rendered again, no chapter read");
    }

    /// <summary>Whether an update left the search index behind the pages (<see cref="RefreshSearchIndex"/> brings it up to date).</summary>
    public bool SearchIndexStale { get; private set; }

    /// <summary>
    /// Rebuilds the search index from the chapters in memory and rewrites its files. It reads every
    /// chapter, so the preview server runs it when edits pause rather than after each one.
    /// </summary>
    public void RefreshSearchIndex()
    {
        if (_state is not { } state || !SearchIndexStale)
        {
            return;
        }

        var volumes = state.Editions.ToDictionary(e => e.Converter.Edition, e => e.Contents.Volumes);
        var output = new OutputFiles(state.OutputFolder);
        var files = new SearchIndexBuilder(state.Urls, ScriptFold.Chinese).Build(volumes).Files;
        foreach (var (path, bytes) in files)
        {
            output.WriteBytes(path, bytes);
        }

        // Fewer chapters can make fewer shards or document chunks: those left over in the index's folders go.
        var written = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in written.Select(f => f[..(f.LastIndexOf('/') + 1)]).Distinct(StringComparer.Ordinal).ToList())
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(state.OutputFolder, folder)).Select(f => folder + Path.GetFileName(f)).ToList())
            {
                if (!written.Contains(file))
                {
                    output.Delete(file);
                }
            }
        }

        SearchIndexStale = false;
    }
}
