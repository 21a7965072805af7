using System.Text;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Indexes.Search;
using Yearbook.Rendering.Pages;

namespace Yearbook.Incremental;

/// <summary>What an incremental update did.</summary>
/// <param name="Diagnostics">The problems found in the edited chapter.</param>
/// <param name="Files">The files rewritten, relative to the output folder.</param>
public sealed record IncrementalUpdate(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files);

/// <summary>
/// A site kept in memory between builds, for the preview server. A full build publishes the site and
/// keeps what it made; after an edit to the body of one chapter, <see cref="TryUpdate"/> converts that
/// chapter again and rewrites only its pages, byte for byte what a full build would write. Any other
/// change (front matter, a new or removed file, settings, theme, a new image, an error) asks for a
/// full build, because the indexes, neighbours and volume pages show the front matter.
/// </summary>
public sealed class SiteSession
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly BuildOptions _options;
    private SiteState? _state;
    private Dictionary<string, Chapter> _chapters = new(StringComparer.Ordinal);

    /// <summary>Creates a session that builds with <paramref name="options"/>.</summary>
    public SiteSession(BuildOptions options) => _options = options;

    /// <summary>Builds the whole site; when it publishes, its state is kept for incremental updates.</summary>
    public BuildResult Build()
    {
        var builder = new SiteBuilder(_options);
        var result = builder.Build();
        _state = result.Published ? builder.State : null;
        _chapters = _state?.Site.Chapters.ToDictionary(c => c.Path, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        return result;
    }

    /// <summary>
    /// Applies a change to the files <paramref name="changedFiles"/> (full paths) to the published site
    /// when it is an edit of one chapter's body; null when a full build is needed.
    /// </summary>
    public IncrementalUpdate? TryUpdate(IReadOnlyCollection<string> changedFiles)
    {
        if (_state is not { } state)
        {
            return null;
        }

        // Files that came and went (an editor's temporary copies) change nothing, and neither does a
        // folder's own time stamp: a file added or removed inside it is a change of its own.
        var root = state.Site.Root;
        var relevant = changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)
            .Where(f => File.Exists(f) || (!Directory.Exists(f) && _chapters.ContainsKey(Relative(root, f))))
            .ToList();
        if (relevant.Count != 1 || !File.Exists(relevant[0]) || !_chapters.TryGetValue(Relative(root, relevant[0]), out var previous))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var reader = new ChapterReader(state.Site.Config.DefaultScript, state.Site.Config.District, state.Markdown, diagnostics);
        var chapter = reader.Read(relevant[0], previous.Path, previous.VolumeSlug, previous.CategorySlug);
        if (chapter is null || diagnostics.HasErrors || !SameFrontMatter(previous.FrontMatter, chapter.FrontMatter))
        {
            return null;
        }

        // Convert and render the body for each edition, as the full build does.
        var converter = new ChapterConverter(state.Markdown);
        var parsed = converter.Parse(chapter, diagnostics);
        var media = new HashSet<string>(StringComparer.Ordinal);
        var converted = state.Editions.Select((e, i) => converter.Convert(parsed, e.Converter, body =>
        {
            state.Links.Resolve(body, chapter, e.Converter.Edition, media, diagnostics, report: i == 0);
            return state.Html.Render(body);
        })).ToList();
        if (diagnostics.HasErrors || !media.IsSubsetOf(state.Media))
        {
            return null;
        }

        var files = new List<string>();
        for (var i = 0; i < state.Editions.Count; i++)
        {
            var edition = state.Editions[i];
            var updated = converted[i];
            edition.Contents.Replace(previous, updated);
            edition.Chapters.Remove(previous);
            edition.Chapters[chapter] = updated;

            var page = ChapterPage.Build(updated, updated.BodyHtml, edition.Contents, edition.Context, state.Urls, edition.SubjectUrl);
            var data = edition.Context.For(page);
            data["content"] = state.Theme.Render(page.Kind, data);
            var file = state.Urls.OutputFile(page.Url);
            WriteReplacing(Path.Combine(state.OutputFolder, file), writer => state.Theme.Render("base", data, writer));
            files.Add(file);
        }

        _chapters[chapter.Path] = chapter;
        SearchIndexStale = true;
        return new IncrementalUpdate(diagnostics.Sorted, files);
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
        foreach (var (path, bytes) in new SearchIndexBuilder(state.Urls, ScriptFold.Chinese).Build(volumes).Files)
        {
            var full = Path.Combine(state.OutputFolder, path);
            var temporary = full + ".writing";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }

        SearchIndexStale = false;
    }

    /// <summary>Writes a file beside its target and moves it into place, so the server never reads half a page.</summary>
    private static void WriteReplacing(string path, Action<TextWriter> write)
    {
        var temporary = path + ".writing";
        using (var writer = new StreamWriter(temporary, append: false, Utf8))
        {
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static FrontMatter WithoutLists(FrontMatter f) => f with { Authors = NoStrings, Tags = NoStrings, Honors = NoHonors, Stats = NoStats };

    private static readonly string[] NoStrings = [];
    private static readonly Honor[] NoHonors = [];
    private static readonly Statistic[] NoStats = [];

    private static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>Whether an edit left every front matter field as it was (the lists compared item by item).</summary>
    private static bool SameFrontMatter(FrontMatter a, FrontMatter b) =>
        WithoutLists(a) == WithoutLists(b)
        && a.Authors.SequenceEqual(b.Authors) && a.Tags.SequenceEqual(b.Tags)
        && a.Honors.SequenceEqual(b.Honors) && a.Stats.SequenceEqual(b.Stats);
}
