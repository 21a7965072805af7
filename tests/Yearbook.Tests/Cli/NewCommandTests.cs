using Yearbook.Build;
using Yearbook.Cli.Commands;

namespace Yearbook.Tests.Cli;

/// <summary>`yearbook new` writes skeletons that build and check cleanly.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("hans")]
    [InlineData("hant")]
    public void New_volume_and_chapter_give_a_site_that_checks_clean(string script)
    {
        using var site = new TempSite();
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, NewCommand.CreateVolume(site.Content, 2026, output, error));
        Assert.Equal(0, NewCommand.CreateChapter(site.Content, "2026/economy/industry", script, output, error));
        Assert.Equal(0, NewCommand.CreateChapter(site.Content, "2026/economy/trade", script, output, error));

        Assert.True(File.Exists(Path.Combine(site.Content, "2026/economy/01-industry.md")));
        Assert.True(File.Exists(Path.Combine(site.Content, "2026/economy/02-trade.md")));
        var result = new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false, Lint = true }).Build();
        // Well-formed, so nothing but reminders: the skeletons' sample text is still to be written, and
        // the temporary site's own 2025 volume has no chapters.
        Assert.Equal(
            ["2025/_volume.yml: YB0006", "2026/_volume.yml: YB0006", "2026/economy/01-industry.md: YB0111", "2026/economy/02-trade.md: YB0111"],
            result.Diagnostics.Select(d => $"{d.Location.Path}: {d.Code}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(Yearbook.Diagnostics.Severity.Warning, d.Severity));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void New_chapter_refuses_to_overwrite_or_to_guess()
    {
        using var site = new TempSite();
        var error = new StringWriter();
        NewCommand.CreateChapter(site.Content, "2025/economy/industry", "hans", TextWriter.Null, TextWriter.Null);
        var before = File.ReadAllText(Path.Combine(site.Content, "2025/economy/01-industry.md"));

        Assert.Equal(1, NewCommand.CreateChapter(site.Content, "2025/economy/industry", "hans", TextWriter.Null, error));
        Assert.Equal(1, NewCommand.CreateChapter(site.Content, "2030/economy/industry", "hans", TextWriter.Null, error));
        Assert.Equal(1, NewCommand.CreateChapter(site.Content, "2025/经济/工业", "hans", TextWriter.Null, error));
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Content, "2025/economy/01-industry.md")));
        Assert.Contains("yearbook new volume 2030", error.ToString());
    }
}
