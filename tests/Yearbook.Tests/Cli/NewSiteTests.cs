using Yearbook.Build;
using Yearbook.Cli.Commands;

namespace Yearbook.Tests.Cli;

/// <summary>
/// `yearbook new site` and `new theme`, and the theme bundled with the tool: a yearbook started
/// anywhere builds with no themes/ folder near it, and a theme of the site's own wins over the bundled one.
/// </summary>
public sealed class NewSiteTests : IDisposable
{
    /// <summary>A string of the default theme's ui.yml that every page shows (the skip link).</summary>
    private const string SkipLink = "跳到正文";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "yearbook-new-" + Guid.NewGuid().ToString("N"));

    public NewSiteTests() => Directory.CreateDirectory(_root);

    private string Site => Path.Combine(_root, "mybook");

    [Fact]
    public void A_new_site_builds_both_editions_with_the_bundled_theme_and_no_themes_folder_near_it()
    {
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "themes")), "a themes/ folder in the temp folder would be found beside the site");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, NewSite.Create(Site, "源汇区年鉴", "漯河市源汇区", output, error));
        Assert.Equal("", error.ToString());
        Assert.False(Directory.Exists(Path.Combine(Site, "themes")));
        Assert.True(File.Exists(Path.Combine(Site, ".github/workflows/pages.yml")));

        // The command as a user runs it: a process of its own, exit code and all.
        using var build = CliProcess.Start("build", Site, "--output", Path.Combine(_root, "out"));
        var printed = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
        build.WaitForExit();

        Assert.True(build.ExitCode == 0, printed);
        Assert.Contains("(0 errors", printed);
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            var home = File.ReadAllText(Path.Combine(_root, "out", edition, "index.html"));
            Assert.Contains(edition == "zh-hans" ? "源汇区年鉴" : "源匯區年鑑", home);
        }

        var volume = File.ReadAllText(Path.Combine(Site, DateTime.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "_volume.yml"));
        Assert.Contains($"title: 源汇区年鉴（{DateTime.Today.Year}）", volume);
    }

    [Fact]
    public void A_theme_written_by_new_theme_wins_over_the_bundled_one()
    {
        NewSite.Create(Site, null, null, TextWriter.Null, TextWriter.Null);
        var output = new StringWriter();
        Assert.Equal(0, NewTheme.Create(Site, "mine", output, TextWriter.Null));
        Assert.Contains("theme: mine", output.ToString());
        ReplaceInFile(Path.Combine(Site, "themes/mine/ui.yml"), SkipLink, "跳到自有主题的正文");
        ReplaceInFile(Path.Combine(Site, "yearbook.yml"), "theme: default", "theme: mine");

        Assert.Contains("跳到自有主题的正文", BuildHome());
    }

    [Fact]
    public void A_site_with_a_default_theme_of_its_own_uses_it_rather_than_the_bundled_one()
    {
        NewSite.Create(Site, null, null, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, NewTheme.Create(Site, "default", TextWriter.Null, TextWriter.Null));
        ReplaceInFile(Path.Combine(Site, "themes/default/ui.yml"), SkipLink, "跳到本站主题的正文");

        Assert.Contains("跳到本站主题的正文", BuildHome());
    }

    [Fact]
    public void In_the_preview_a_theme_of_the_site_appearing_over_the_bundled_one_is_a_full_build()
    {
        NewSite.Create(Site, null, null, TextWriter.Null, TextWriter.Null);
        var session = new Yearbook.Build.SiteSession(new BuildOptions { SiteFolder = Site, OutputFolder = Path.Combine(_root, "out") });
        Assert.True(session.Build().Published);

        Assert.Equal(0, NewTheme.Create(Site, "default", TextWriter.Null, TextWriter.Null));

        // null: only a full build, which finds the site's own theme, brings the preview up to date.
        Assert.Null(session.TryUpdate([Path.Combine(Site, "themes", "default", "ui.yml")]));
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty_and_new_theme_one_that_exists()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, "notes.txt"), "mine");
        var error = new StringWriter();

        Assert.Equal(1, NewSite.Create(Site, null, null, TextWriter.Null, error));
        Assert.Contains("is not empty", error.ToString());
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Site).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Site, "notes.txt")));

        var other = Path.Combine(_root, "other");
        NewSite.Create(other, null, null, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, NewTheme.Create(other, "mine", TextWriter.Null, TextWriter.Null));
        var themeError = new StringWriter();
        Assert.Equal(1, NewTheme.Create(other, "mine", TextWriter.Null, themeError));
        Assert.Contains("already exists", themeError.ToString());
    }

    [Fact]
    public void New_volume_takes_its_title_from_the_site_title()
    {
        using var site = new TempSite();
        Assert.Equal(0, NewCommand.CreateVolume(site.Content, 2026, TextWriter.Null, TextWriter.Null));

        Assert.Contains("title: 测试区年鉴（2026）", File.ReadAllText(Path.Combine(site.Content, "2026/_volume.yml")));
    }

    /// <summary>Builds the site in process into a folder of the test; returns the Simplified home page.</summary>
    private string BuildHome()
    {
        var output = Path.Combine(_root, "out");
        var result = new SiteBuilder(new BuildOptions { SiteFolder = Site, OutputFolder = output }).Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        return File.ReadAllText(Path.Combine(output, "zh-hans", "index.html"));
    }

    private static void ReplaceInFile(string file, string text, string replacement)
    {
        var content = File.ReadAllText(file);
        Assert.Contains(text, content);
        File.WriteAllText(file, content.Replace(text, replacement));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
