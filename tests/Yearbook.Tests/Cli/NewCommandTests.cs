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
        Assert.Empty(result.Diagnostics);
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
