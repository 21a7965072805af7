using Yearbook.Incremental;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;

namespace Yearbook.Tests.Build;

/// <summary>
/// The preview's incremental rebuild: after an edit to one chapter's body, the session rewrites that
/// chapter's pages, and the output is then byte for byte what a fresh full build writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yearbook-incremental-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Body_edit_rewrites_the_chapter_pages_and_matches_a_full_build()
    {
        var (site, session, output) = Start();
        var chapter = MiddleChapter(site);
        var before = Snapshot(output);

        // Written in Simplified, with a phrase the Traditional edition converts (发展 → 發展).
        File.AppendAllText(chapter, "\n新增一段：全年发展势头良好，后续工作有序推进。\n");
        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        Assert.Equal(2, update.Files.Count);
        var after = Snapshot(output);
        var changed = after.Keys.Where(f => !before[f].SequenceEqual(after[f])).Order(StringComparer.Ordinal).ToList();
        // Only the chapter's two pages changed: the search index waits for RefreshSearchIndex.
        Assert.Equal(update.Files.Order(StringComparer.Ordinal), changed);
        Assert.Contains("全年發展勢頭良好", File.ReadAllText(Path.Combine(output, changed.Single(f => f.StartsWith("zh-hant/", StringComparison.Ordinal)))));

        // The search index follows when the session is asked (the preview server asks when edits pause).
        Assert.True(session.SearchIndexStale);
        session.RefreshSearchIndex();
        after = Snapshot(output);
        var fresh = Path.Combine(_root, "fresh");
        Assert.True(new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = fresh }).Build().Published);
        var full = Snapshot(fresh);
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Keys, f => Assert.True(full[f].SequenceEqual(after[f]), $"{f} differs from a full build"));
    }

    [Fact]
    public void Second_edit_of_the_same_chapter_and_an_edit_of_its_neighbour_stay_exact()
    {
        var (site, session, output) = Start();
        var chapter = MiddleChapter(site);
        var neighbour = Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetDirectoryName(chapter))!, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => f != chapter);

        File.AppendAllText(chapter, "\n第一次修改。\n");
        Assert.NotNull(session.TryUpdate([chapter]));
        File.AppendAllText(chapter, "\n第二次修改，干部后来发言。\n");
        Assert.NotNull(session.TryUpdate([chapter, chapter + ".swp"]));
        File.AppendAllText(neighbour, "\n邻章修改。\n");
        Assert.NotNull(session.TryUpdate([neighbour]));
        session.RefreshSearchIndex();

        var fresh = Path.Combine(_root, "fresh");
        Assert.True(new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = fresh }).Build().Published);
        var full = Snapshot(fresh);
        var incremental = Snapshot(output);
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Keys, f => Assert.True(full[f].SequenceEqual(incremental[f]), $"{f} differs from a full build"));
    }

    [Theory]
    [InlineData("title: ", "title: 改过的标题")]   // the title shows on neighbours, the volume page and the indexes
    [InlineData("tags: ", "tags: [新标签]\nx_tags: ")] // the subject index (and an unknown field warns)
    public void Front_matter_edit_asks_for_a_full_build(string field, string replacement)
    {
        var (site, session, _) = Start();
        var chapter = MiddleChapter(site);
        var lines = File.ReadAllLines(chapter).ToList();
        var index = lines.FindIndex(l => l.StartsWith(field, StringComparison.Ordinal));
        Assert.True(index > 0, $"the synthetic chapter has a '{field}' line");
        lines[index] = replacement;
        File.WriteAllLines(chapter, lines);

        Assert.Null(session.TryUpdate([chapter]));
    }

    [Fact]
    public void New_chapter_or_several_files_ask_for_a_full_build()
    {
        var (site, session, _) = Start();
        var chapter = MiddleChapter(site);
        var added = Path.Combine(Path.GetDirectoryName(chapter)!, "999-added.md");
        File.WriteAllText(added, "---\ntitle: 新增\n---\n\n正文。\n");

        Assert.Null(session.TryUpdate([added]));
        Assert.Null(session.TryUpdate([chapter, Path.Combine(site, "yearbook.yml")]));
    }

    private (string Site, SiteSession Session, string Output) Start()
    {
        var site = Path.Combine(_root, "site");
        new YearbookSiteWriter(YearbookPlan.Create(30, 7), Path.Combine(RepositoryPaths.Themes, "default")).WriteTo(site);
        var output = Path.Combine(_root, "out");
        var session = new SiteSession(new BuildOptions { SiteFolder = site, OutputFolder = output, IncludeDrafts = true, PublishWithErrors = false });
        var result = session.Build();
        Assert.True(result.Published, $"{result.PageCount} pages; " + string.Join("\n", result.Diagnostics.Select(d => d.Format(site))));
        return (site, session, output);
    }

    /// <summary>The second chapter file (by name) of the first volume with two or more.</summary>
    private static string MiddleChapter(string site) =>
        Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("themes", StringComparison.Ordinal))
            .GroupBy(f => Path.GetRelativePath(site, f).Split(Path.DirectorySeparatorChar)[0])
            .First(g => g.Count() >= 2)
            .Order(StringComparer.Ordinal)
            .ElementAt(1);

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
