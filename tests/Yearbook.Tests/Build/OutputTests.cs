using Yearbook.Diagnostics;
using Yearbook.Output;

namespace Yearbook.Tests.Build;

/// <summary>What the build writes, and what it refuses to touch.</summary>
public sealed class OutputTests
{
    private static TempSite SmallSite() => new TempSite()
        .Write("2025/economy/01-industry.md", "---\ntitle: 工业经济\ncategory: 经济\ndate: 2025-02-05\ntags: [制造业]\n---\n\n## 产业链\n\n源汇区产业链[见综述](../overview/01-summary.md#概况)。\n")
        .Write("2025/overview/01-summary.md", "---\ntitle: 综述\ncategory: 概况\n---\n\n## 概况\n\n正文。\n");

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = SmallSite();
        var first = Path.Combine(site.Root, "first");
        var second = Path.Combine(site.Root, "second");

        site.Build(first);
        site.Build(second);

        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order());
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    [Fact]
    public void A_page_of_megabytes_is_written_whole_in_UTF_8()
    {
        // Over a million characters, with characters outside the Basic Multilingual Plane (two UTF-16
        // units each) throughout, so some fall where the page's text buffer is split into chunks.
        var paragraph = "𠀀源汇区𠀁年鉴记述𠀂发展。";
        var body = string.Join("\n\n", Enumerable.Range(0, 40_000).Select(i => paragraph + i));
        using var site = new TempSite().Write("2025/economy/01-industry.md", "---\ntitle: 工业经济\n---\n\n" + body + "\n\n全文完。\n");

        Assert.True(site.Build().Published);

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "zh-hans/2025/economy/industry/index.html"));
        var html = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.True(html.Length > 1 << 20, $"{html.Length} characters");
        Assert.Equal(40_000 * 3, html.Split("𠀀").Length - 1 + html.Split("𠀁").Length - 1 + html.Split("𠀂").Length - 1);
        Assert.Contains("全文完。", html);
    }

    [Fact]
    public void Site_works_from_a_sub_path()
    {
        using var site = SmallSite();

        site.Build(baseUrl: "https://example.org/yearbook/");

        var html = site.ReadOutput("zh-hant/2025/economy/industry/index.html");
        // Markdig percent-encodes the fragment; browsers decode it to find id="概况".
        Assert.Contains("href=\"/yearbook/zh-hant/2025/overview/summary/#%E6%A6%82%E5%86%B5\"", html);
        Assert.Contains("href=\"/yearbook/zh-hans/2025/economy/industry/\"", html);
        Assert.Contains("href=\"/yearbook/assets/site.css\"", html);
        Assert.DoesNotContain("href=\"/zh-", html);
        Assert.Contains("<loc>https://example.org/yearbook/zh-hans/</loc>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Output_folder_not_made_by_the_generator_is_never_cleaned()
    {
        using var site = SmallSite();
        var foreign = Path.Combine(site.Root, "documents");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.docx"), "precious");

        var result = site.Build(foreign);

        Assert.False(result.Published);
        Assert.Equal(DiagnosticCodes.OutputRefused, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(foreign, "thesis.docx")));
    }

    [Theory]
    [InlineData("content")]
    [InlineData(".")]
    public void Output_folder_that_holds_the_source_is_refused(string relative)
    {
        using var site = SmallSite();

        var result = site.Build(Path.Combine(site.Root, relative == "content" ? "content" : ""));

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused);
        Assert.True(File.Exists(Path.Combine(site.Content, "yearbook.yml")));
    }

    [Fact]
    public void A_broken_theme_leaves_the_previous_site_in_place()
    {
        using var site = SmallSite();
        site.Build();
        var before = site.ReadOutput("zh-hans/2025/economy/industry/index.html");
        File.WriteAllText(Path.Combine(site.Root, "themes/default/layouts/chapter.sbn-html"), "{{ for }}");

        var result = site.Build();

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ThemeInvalid && d.Location.Path.EndsWith("chapter.sbn-html", StringComparison.Ordinal));
        Assert.Equal(before, site.ReadOutput("zh-hans/2025/economy/industry/index.html"));
        Assert.True(File.Exists(Path.Combine(site.Output, StagedOutput.MarkerFile)));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.staging-*"));
    }
}
