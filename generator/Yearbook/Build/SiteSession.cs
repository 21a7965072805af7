using Yearbook.Diagnostics;
using Yearbook.Indexes.Search;
using Yearbook.Output;

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
/// keeps what the pipeline made (<see cref="PipelineMemory"/>); <see cref="TryUpdate"/> then runs the same
/// pipeline again with it, and writes in place what a full build of the changed site would write, byte
/// for byte, rendering only the pages whose recorded reads changed:
/// <list type="bullet">
/// <item>chapters edited, added or removed: those read again and converted, and every index, page and feed that read a changed part of them;</item>
/// <item>an edited chapter with errors: nothing written, the errors reported, the last good site kept (even when full builds
/// publish with errors: an editor's half-saved chapter should neither vanish nor cost a full build); the chapter is read again with the next change;</item>
/// <item>a theme asset: that file copied (or removed); a content file the site publishes (an image): that file copied;</item>
/// <item>a layout, partial or the UI strings: every page rendered again with the chapters already converted (no chapter read);</item>
/// <item>settings, the glossary, a volume's <c>_volume.yml</c>, folders coming or going, a new category: a full build (null).</item>
/// </list>
/// The search index is brought up to date separately (<see cref="RefreshSearchIndex"/>), when edits pause.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private PipelineMemory? _state;

    // Chapters (full paths) whose last reading had errors: read again with every change until they publish.
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);

    /// <summary>Creates a session that builds with <paramref name="options"/>.</summary>
    public SiteSession(BuildOptions options) => _options = options;

    /// <summary>
    /// Builds the whole site; when it publishes without errors, what the pipeline made is kept for incremental updates.
    /// A site published with errors left out what they affect, which only a full build puts back.
    /// </summary>
    public BuildResult Build()
    {
        var pipeline = new SitePipeline(_options, keep: true);
        var result = pipeline.BuildAll();
        _state = result.Published && result.ErrorCount == 0 ? pipeline.Memory : null;
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
        if (changes.NeedsFullBuild)
        {
            return null;
        }

        if (changes.IsEmpty)
        {
            _unpublished.Clear();
            return new IncrementalUpdate([], [], 0, Published: true, "nothing to rebuild");
        }

        var pipeline = new SitePipeline(_options, keep: true, timings);
        IncrementalUpdate? update;
        try
        {
            update = pipeline.Apply(state, changes);
        }
        catch
        {
            _state = null; // what is in the output folder is no longer known: the next change builds everything
            throw;
        }

        if (update is null)
        {
            _state = null;
            return null;
        }

        if (!update.Published)
        {
            _unpublished.UnionWith(changes.Chapters.Select(c => Path.GetFullPath(Path.Combine(state.Site.Root, c))));
            return update;
        }

        _state = pipeline.Memory;
        _unpublished.Clear();
        SearchIndexStale |= changes.Chapters.Count > 0;
        return update;
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

        var volumes = state.Editions.ToDictionary(e => e.Edition, e => e.Contents.Volumes);
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
