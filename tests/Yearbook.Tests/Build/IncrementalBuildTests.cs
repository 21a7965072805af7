using Yearbook.Build;

namespace Yearbook.Tests.Build;

/// <summary>
/// The preview's incremental rebuild: after each kind of edit (a chapter's body or front matter, a new
/// or removed chapter, a template, a theme asset), the session rewrites only what depends on it, and
/// the output is then byte for byte what a fresh full build of the edited site writes.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Body_edit_rewrites_the_chapter_pages_and_matches_a_full_build()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var chapter = MiddleChapter(site);
        var before = served.Snapshot();

        // Written in Simplified, with a phrase the Traditional edition converts (发展 → 發展).
        File.AppendAllText(chapter, "\n新增一段：全年发展势头良好，后续工作有序推进。\n");
        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        Assert.Equal(2, update.Files.Count);
        var changed = served.Changed(before);
        // Only the chapter's two pages changed: the search index waits for RefreshSearchIndex.
        Assert.Equal(update.Files.Order(StringComparer.Ordinal), changed);
        Assert.Contains("全年發展勢頭良好", File.ReadAllText(Path.Combine(output, changed.Single(f => f.StartsWith("zh-hant/", StringComparison.Ordinal)))));

        // The search index follows when the session is asked (the preview server asks when edits pause).
        Assert.True(session.SearchIndexStale);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Second_edit_of_the_same_chapter_and_an_edit_of_its_neighbour_stay_exact()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        var neighbour = Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetDirectoryName(chapter))!, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => f != chapter);

        File.AppendAllText(chapter, "\n第一次修改。\n");
        Assert.NotNull(session.TryUpdate([chapter]));
        File.AppendAllText(chapter, "\n第二次修改，干部后来发言。\n");
        Assert.NotNull(session.TryUpdate([chapter, chapter + ".swp"]));
        File.AppendAllText(neighbour, "\n邻章修改。\n");
        Assert.NotNull(session.TryUpdate([neighbour]));
        session.RefreshSearchIndex();

        served.AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("title: ", "title: \"改过的标题\"")]            // neighbours, the volume page, subjects, feeds
    [InlineData("tags: ", "tags: [\"新标签\", \"粮食生产\"]")]    // the subject index and the tag links of chapters sharing a tag
    [InlineData("order: ", "order: 0")]                          // moves the chapter: old and new neighbours, the sitemap
    [InlineData("summary: ", "summary: \"新的摘要，发展后劲足。\"")] // the volume page and the feed
    [InlineData("date: ", "date: 2026-01-01")]                   // the feed
    [InlineData("value: ", "value: 4242")]                       // the statistics page and its downloads
    [InlineData("value: ", "value: …")]                          // a figure not available: the downloads' declared missing value
    [InlineData("period: ", "period: \"1999\"")]                 // a point moves within its series
    [InlineData("- indicator: ", "- indicator: \"新设指标\"")]      // a new series: made, and the old series of that statistic made again
    [InlineData("category: ", "category: \"改名类目\"")]         // the volume and home pages, and the statistics pages that name it
    [InlineData("level: ", "level: national")]                  // the honors page and its downloads
    public void Front_matter_edit_rewrites_what_shows_it_and_matches_a_full_build(string field, string replacement)
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        var before = served.Snapshot();
        var lines = File.ReadAllLines(chapter).ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal));
        if (index < 0)
        {
            // Not every synthetic chapter has honors or statistics: take the first that does.
            chapter = Chapters(site).First(f => File.ReadAllLines(f).Any(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal)));
            lines = File.ReadAllLines(chapter).ToList();
            index = lines.FindIndex(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal));
        }

        lines[index] = lines[index][..lines[index].IndexOf(field, StringComparison.Ordinal)] + replacement;
        File.WriteAllLines(chapter, lines);

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        Assert.DoesNotContain(update.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        var changed = served.Changed(before);
        Assert.Equal(update.Files.Order(StringComparer.Ordinal), changed);
        // Far fewer than the site's pages: other volumes' chapters are not touched.
        var otherVolume = Path.GetRelativePath(site, Chapters(site).Last()).Split(Path.DirectorySeparatorChar)[0];
        Assert.DoesNotContain(changed, f => f.StartsWith($"zh-hans/{otherVolume}/", StringComparison.Ordinal) && f.Count(c => c == '/') > 3);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("value: ", "value: 4242", "statistics")]
    public void Honor_or_statistic_edit_rewrites_that_index_only(string field, string replacement, string index)
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = Chapters(site).First(f => File.ReadAllLines(f).Any(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal)));
        var lines = File.ReadAllLines(chapter).ToList();
        var line = lines.FindIndex(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal));
        lines[line] = lines[line][..lines[line].IndexOf(field, StringComparison.Ordinal)] + replacement;
        File.WriteAllLines(chapter, lines);

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        // The chapter's two pages, and the index's page and downloads in both editions; no other index, list or feed.
        Assert.Equal(2, update.Files.Count(f => f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') >= 4));
        Assert.Equal(["zh-hans", "zh-hant"], update.Files.Where(f => f.Contains($"/{index}/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)).Select(f => f.Split('/')[0]).Order());
        Assert.Contains(update.Files, f => f.EndsWith($"/{index}/{index}.csv", StringComparison.Ordinal));
        // With the edited volume's own table of the index (its Data Package's descriptor keeps its bytes, so is not written).
        Assert.Contains(update.Files, f => f.EndsWith($"/{index}.csv", StringComparison.Ordinal) && f.Count(c => c == '/') == 2);
        Assert.Equal(10, update.Files.Count);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Statistic_value_edit_rewrites_its_indicator_page_and_the_downloads_only()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var chapter = Chapters(site).First(f => File.ReadAllLines(f).Any(l => l.TrimStart().StartsWith("value: ", StringComparison.Ordinal)));
        var lines = File.ReadAllLines(chapter).ToList();
        var line = lines.FindIndex(l => l.TrimStart().StartsWith("value: ", StringComparison.Ordinal));
        lines[line] = lines[line][..lines[line].IndexOf("value: ", StringComparison.Ordinal)] + "value: 4242";
        File.WriteAllLines(chapter, lines);

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        // Of the statistics pages, only the edited indicator's page in each edition: the landing page's
        // counts and the category page's list did not change.
        var pages = update.Files.Where(f => f.Contains("/statistics/", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, f => Assert.Matches("^zh-han[st]/statistics/[a-z0-9-]+/index\\.html$", f));
        Assert.Equal(pages[0]["zh-hans".Length..], pages[1]["zh-hant".Length..]);
        Assert.Contains(">4242<", File.ReadAllText(Path.Combine(output, pages[0])), StringComparison.Ordinal);
        Assert.Contains("zh-hans/statistics/statistics.csv", update.Files);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Statistic_edits_in_one_chapter_then_others_keep_every_series_exact()
    {
        // After an edit the statistics index reads again only the edited chapter; it must still depend on every
        // chapter's statistics, so a later edit of another chapter's is seen, and a series split by unit is made again.
        using var served = Serve();
        var (site, session, _) = served;
        var withStats = Chapters(site).Where(f => File.ReadAllLines(f).Any(l => l.TrimStart().StartsWith("value: ", StringComparison.Ordinal))).ToList();
        Assert.True(withStats.Count >= 3);

        Edit(withStats[0], "value: ", "value: 4242");
        Assert.NotNull(session.TryUpdate([withStats[0]]));
        Edit(withStats[^1], "value: ", "value: 4343");
        Assert.NotNull(session.TryUpdate([withStats[^1]]));
        Edit(withStats[1], "unit: ", "unit: \"千克每立方米\"");
        Assert.NotNull(session.TryUpdate([withStats[1]]));

        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();

        static void Edit(string chapter, string field, string replacement)
        {
            var lines = File.ReadAllLines(chapter).ToList();
            var line = lines.FindIndex(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal));
            lines[line] = lines[line][..lines[line].IndexOf(field, StringComparison.Ordinal)] + replacement;
            File.WriteAllLines(chapter, lines);
        }
    }

    [Fact]
    public void Honor_edit_rewrites_the_honors_landing_page_and_the_page_of_its_year_only()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var (chapter, lines, line) = FirstHonorField(site, "level: ");
        var year = HonorYear(lines, line);
        lines[line] = lines[line][..lines[line].IndexOf("level: ", StringComparison.Ordinal)] + "level: national";
        File.WriteAllLines(chapter, lines);
        var before = served.Snapshot();

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        // The chapter's two pages; per edition the landing page, the year's page and the downloads; no other year's page.
        Assert.Equal(2, update.Files.Count(f => f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') >= 4));
        Assert.Equal([$"zh-hans/honors/{year}/index.html", "zh-hans/honors/index.html", $"zh-hant/honors/{year}/index.html", "zh-hant/honors/index.html"],
            update.Files.Where(f => f.Contains("/honors/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(update.Files, f => f.EndsWith("/honors/honors.csv", StringComparison.Ordinal));
        // And the edited chapter's volume's honors table in each edition.
        var volume = Path.GetRelativePath(site, chapter).Split(Path.DirectorySeparatorChar)[0];
        Assert.Contains($"zh-hans/{volume}/honors.csv", update.Files);
        Assert.Equal(12, update.Files.Count);
        Assert.Contains($"zh-hans/honors/{year}/index.html", served.Changed(before));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Honor_moved_to_a_year_of_its_own_adds_that_year_s_page_and_the_sitemap_follows()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var (chapter, lines, line) = FirstHonorField(site, "year: ");
        lines[line] = lines[line][..lines[line].IndexOf("year: ", StringComparison.Ordinal)] + "year: 1990";
        File.WriteAllLines(chapter, lines);

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        Assert.Contains("zh-hans/honors/1990/index.html", update.Files);
        Assert.Contains("zh-hant/honors/1990/index.html", update.Files);
        Assert.Contains("sitemap.xml", update.Files);
        Assert.Contains("/zh-hans/honors/1990/", File.ReadAllText(Path.Combine(output, "sitemap.xml")));

        // And back: the year's page goes again.
        lines[line] = lines[line][..lines[line].IndexOf("year: ", StringComparison.Ordinal)] + "year: 1991";
        File.WriteAllLines(chapter, lines);
        update = session.TryUpdate([chapter]);
        Assert.NotNull(update);
        Assert.Contains("zh-hans/honors/1990/index.html", update.Files);
        Assert.False(File.Exists(Path.Combine(output, "zh-hans/honors/1990/index.html")));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    /// <summary>The first chapter whose first honor is not national, its lines and the line of that honor's <paramref name="field"/>.</summary>
    private static (string Chapter, List<string> Lines, int Line) FirstHonorField(string site, string field)
    {
        foreach (var chapter in Chapters(site))
        {
            var lines = File.ReadAllLines(chapter).ToList();
            var honors = lines.FindIndex(l => l.StartsWith("honors:", StringComparison.Ordinal));
            if (honors >= 0 && lines[honors + 2].Trim() != "level: national")
            {
                return (chapter, lines, lines.FindIndex(honors, l => l.TrimStart().TrimStart('-', ' ').StartsWith(field, StringComparison.Ordinal)));
            }
        }

        throw new InvalidOperationException("no chapter has honors");
    }

    /// <summary>The year of the honor whose field is at <paramref name="line"/>.</summary>
    private static string HonorYear(List<string> lines, int line)
    {
        var start = line;
        while (!lines[start].TrimStart().StartsWith('-'))
        {
            start--;
        }

        for (var i = start; ; i++)
        {
            var text = lines[i].TrimStart().TrimStart('-', ' ');
            if (text.StartsWith("year: ", StringComparison.Ordinal))
            {
                return text["year: ".Length..].Trim();
            }
        }
    }

    [Fact]
    public void Title_edit_rewrites_the_neighbours_and_the_volume_page_but_not_other_chapters()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var chapter = MiddleChapter(site);
        var lines = File.ReadAllLines(chapter).ToList();
        lines[lines.FindIndex(l => l.StartsWith("title: ", StringComparison.Ordinal))] = "title: \"改过的标题\"";
        File.WriteAllLines(chapter, lines);

        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        var pages = update.Files.Where(f => f.StartsWith("zh-hans/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)).ToList();
        var chapterPages = pages.Count(f => f.Count(c => c == '/') >= 4); // zh-hans/2025/category/slug/index.html
        Assert.InRange(chapterPages, 2, 3); // the chapter and one or two neighbours
        Assert.Contains(pages, f => f.Count(c => c == '/') == 2); // the volume page (zh-hans/2025/index.html)
        Assert.Contains(update.Files, f => f == "zh-hans/subjects/index.html");
        Assert.All(Directory.EnumerateFiles(Path.Combine(output, "zh-hant"), "index.html", SearchOption.AllDirectories)
            .Where(f => !update.Files.Contains(Path.GetRelativePath(output, f).Replace('\\', '/'))), f => Assert.DoesNotContain("改過的標題", File.ReadAllText(f)));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void New_chapter_is_added_with_its_neighbours_and_indexes_and_matches_a_full_build()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        var added = Path.Combine(Path.GetDirectoryName(chapter)!, "002-added.md");
        File.WriteAllText(added, "---\ntitle: 新增的一章\norder: 2\ntags: [新增标签]\nsummary: 后来补写的一章。\n---\n\n正文：干部群众共同发展。\n");

        var update = session.TryUpdate([added]);

        Assert.NotNull(update);
        Assert.Contains(update.Files, f => f.EndsWith("/added/index.html", StringComparison.Ordinal) && f.StartsWith("zh-hant/", StringComparison.Ordinal));
        Assert.Contains("sitemap.xml", update.Files);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Removed_chapter_loses_its_pages_and_the_site_matches_a_full_build()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var removed = Chapters(site).First(f => !Chapters(site).Any(o => o != f && File.ReadAllText(o).Contains(Path.GetFileName(f), StringComparison.Ordinal)));
        var before = served.Snapshot();
        File.Delete(removed);

        var update = session.TryUpdate([removed]);

        Assert.NotNull(update);
        var gone = before.Keys.Where(f => !File.Exists(Path.Combine(output, f))).ToList();
        Assert.Equal(2, gone.Count(f => f.EndsWith("index.html", StringComparison.Ordinal)));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Removing_a_chapter_another_links_to_asks_for_a_full_build()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var linked = Chapters(site).First(f => Chapters(site).Any(o => o != f && File.ReadAllText(o).Contains(Path.GetFileName(f), StringComparison.Ordinal)));
        File.Delete(linked);

        Assert.Null(session.TryUpdate([linked]));
    }

    [Fact]
    public void Template_edit_renders_every_page_again_and_matches_a_full_build()
    {
        using var served = Serve();
        var (site, session, output) = served;
        var layout = Path.Combine(site, "themes", "default", "layouts", "chapter.sbn-html");
        File.AppendAllText(layout, "\n<p class=\"edited-layout\">模板已修改</p>\n");

        var update = session.TryUpdate([layout]);

        Assert.NotNull(update);
        Assert.True(update.Published);
        Assert.True(update.PageCount > 60, $"{update.PageCount} pages rendered");
        Assert.Contains("模板已修改", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "zh-hant"), "index.html", SearchOption.AllDirectories).First(f => f.Count(c => c == '/') > output.Count(c => c == '/') + 4)));
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Asset_edit_copies_only_that_asset()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var css = Path.Combine(site, "themes", "default", "assets", "site.css");
        File.AppendAllText(css, "\n.edited { color: red; }\n");

        var update = session.TryUpdate([css]);

        Assert.NotNull(update);
        Assert.Equal(["assets/site.css"], update.Files);
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void Temporary_file_beside_a_chapter_rebuilds_nothing()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var temporary = MiddleChapter(site) + ".tmp";
        File.WriteAllText(temporary, "---\ntitle: 临时\n---\n");
        File.Delete(temporary);
        var before = served.Snapshot();

        var update = session.TryUpdate([temporary]);

        Assert.NotNull(update);
        Assert.Empty(update.Files);
        Assert.Empty(served.Changed(before));
    }

    [Fact]
    public void Settings_or_a_volume_file_ask_for_a_full_build()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        Assert.Null(session.TryUpdate([chapter, Path.Combine(site, "yearbook.yml")]));
        Assert.Null(session.TryUpdate([Directory.EnumerateFiles(site, "_volume.yml", SearchOption.AllDirectories).First()]));
    }

    [Fact]
    public void Broken_chapter_writes_nothing_and_is_read_again_until_it_publishes()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        var neighbour = Chapters(site).First(f => f != chapter);
        var good = File.ReadAllText(chapter);
        var before = served.Snapshot();

        // Caught half saved: empty, then with its front matter not yet closed. No full build: errors, nothing written.
        File.WriteAllText(chapter, "");
        var empty = session.TryUpdate([chapter]);
        Assert.NotNull(empty);
        Assert.False(empty.Published);
        Assert.Contains(empty.Diagnostics, d => d.Severity == Diagnostics.Severity.Error && d.Location.Path == Path.GetRelativePath(site, chapter).Replace('\\', '/'));
        File.WriteAllText(chapter, "---\ntitle: [未闭合\n---\n正文。\n");
        Assert.False(session.TryUpdate([chapter])?.Published);
        Assert.Empty(served.Changed(before));

        // Another chapter's edit does not publish while the broken one is still broken: it is read again too.
        File.AppendAllText(neighbour, "\n邻章修改。\n");
        var other = session.TryUpdate([neighbour]);
        Assert.NotNull(other);
        Assert.False(other.Published);
        Assert.Contains(other.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);

        // Saved whole: both edits publish, as a full build of the site would.
        File.WriteAllText(chapter, good + "\n修好了。\n");
        var fixedUpdate = session.TryUpdate([chapter]);
        Assert.NotNull(fixedUpdate);
        Assert.True(fixedUpdate.Published);
        Assert.Equal(4, fixedUpdate.Files.Count);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    [Fact]
    public void An_edit_that_adds_or_touches_entries_reaches_the_subject_index_as_a_full_build_does()
    {
        using var served = Serve();
        var (site, session, _) = served;
        var chapter = MiddleChapter(site);
        var good = File.ReadAllText(chapter);

        // An entry with a tag reaches the subject index: the pages that read the chapter's entries are made again.
        File.AppendAllText(chapter, "\n【园区建设】{产业园区}新建标准化厂房两栋。\n");
        var added = session.TryUpdate([chapter]);
        Assert.NotNull(added);
        Assert.True(added.Published);
        Assert.Contains(added.Files, f => f.EndsWith("/subjects/index.html", StringComparison.Ordinal));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();

        // Broken while it holds entries: the last good site stays, as for any broken chapter.
        File.WriteAllText(chapter, "---\ntitle: [未闭合\n---\n【园区建设】正文。\n");
        var broken = session.TryUpdate([chapter]);
        Assert.NotNull(broken);
        Assert.False(broken.Published);

        // Without its entries again (the published site had none): the edit is a plain chapter edit.
        File.WriteAllText(chapter, good);
        Assert.NotNull(session.TryUpdate([chapter]));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }

    /// <summary>A synthetic site of 30 chapters (several volumes, honors and statistics), built and served.</summary>
    private static ServedSite Serve() => ServedSite.Synthetic(30, 7);

    private static IEnumerable<string> Chapters(string site) =>
        Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("themes", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The second chapter file (by name) of the first volume with two or more.</summary>
    private static string MiddleChapter(string site) =>
        Chapters(site)
            .GroupBy(f => Path.GetRelativePath(site, f).Split(Path.DirectorySeparatorChar)[0])
            .First(g => g.Count() >= 2)
            .ElementAt(1);
}
