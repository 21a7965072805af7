using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Rendering;

/// <summary>
/// A theme of the site's own takes the layouts, partials, UI strings and assets it lacks from the bundled default
/// theme, and uses its own where it has them: a theme written before a page kind was added still builds.
/// </summary>
public sealed class ThemeFallbackTests(SampleSite sample) : IClassFixture<SampleSite>, IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("yearbook-theme-fallback-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Copies <paramref name="siteFolder"/>, gives it the theme 'mine' made of <paramref name="files"/>, and builds it.</summary>
    private (BuildResult Result, string Output) Build(string siteFolder, params (string Path, string Text)[] files)
    {
        var site = Path.Combine(_temp, "site");
        TempSite.CopyFolder(siteFolder, site);
        var config = Path.Combine(site, "yearbook.yml");
        var settings = File.ReadAllText(config);
        Assert.Contains("\ntheme: default\n", settings, StringComparison.Ordinal);
        File.WriteAllText(config, settings.Replace("\ntheme: default\n", "\ntheme: mine\n", StringComparison.Ordinal));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(site, "themes", "mine", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var output = Path.Combine(_temp, "_site");
        return (new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = output }).Build(), output);
    }

    [Fact]
    public void A_theme_with_only_a_chapter_layout_builds_the_whole_sample_and_uses_its_layout()
    {
        var (result, output) = Build(BuiltSite.SampleFolder,
            ("layouts/chapter.sbn-html", "<article class=\"mine-chapter\"><h1 id=\"chapter-title\">{{ chapter.title }}</h1>{{ chapter.bodyHtml }}</article>\n"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(result.Published);

        // Every file the default theme publishes, and no other.
        static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Files(sample.Site.Output), Files(output));

        var chapter = File.ReadAllText(Path.Combine(output, "zh-hans/2025/agriculture/rural-revitalization/index.html"));
        Assert.Contains("<article class=\"mine-chapter\">", chapter, StringComparison.Ordinal);
        // The pages it has no layout for, and the assets, are the default theme's, byte for byte.
        foreach (var page in new[] { "zh-hans/honors/index.html", "zh-hant/statistics/dqsczz/index.html", "zh-hans/subjects/index.html", "zh-hant/chronicle/index.html", "assets/site.css" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(sample.Site.Output, page)), File.ReadAllText(Path.Combine(output, page)));
        }
    }

    [Fact]
    public void A_theme_that_overrides_one_partial_and_one_ui_string_gets_them_everywhere()
    {
        var (result, output) = Build(BuiltSite.FixtureFolder,
            ("partials/footer.sbn-html", "<footer class=\"mine-footer\">{{ ui.honors }}</footer>\n"),
            ("ui.yml", "honors: 荣誉榜\n"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).Where(f => !Path.GetDirectoryName(f)!.Equals(output, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.Contains(page.Contains("zh-hant", StringComparison.Ordinal) ? "<footer class=\"mine-footer\">榮譽榜</footer>" : "<footer class=\"mine-footer\">荣誉榜</footer>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"site-footer", html, StringComparison.Ordinal);
        }
    }
}
