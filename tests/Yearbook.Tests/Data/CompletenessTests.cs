using Yearbook.Build;
using Yearbook.Cli.Commands;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Data;

/// <summary>
/// Unfinished content is pointed out before it is published (issue 22, section 5): skeleton text,
/// empty volumes, category folders the volume does not list, links to headings that do not exist,
/// and two volumes of the same year.
/// </summary>
public sealed class CompletenessTests
{
    private static string Chapter(string title, string body, string frontMatter = "") =>
        $"---\ntitle: {title}\ncategory: 经济\n{frontMatter}---\n\n{body}\n";

    private static BuildResult Check(TempSite site) =>
        new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false, Lint = true }).Build();

    [Theory]
    [InlineData("hans")]
    [InlineData("hant")]
    public void An_untouched_new_chapter_is_reported_where_its_skeleton_text_is(string script)
    {
        using var site = new TempSite().Write("2025/01-real.md", Chapter("工业", "## 概况\n\n工业发展。"));
        Assert.Equal(0, NewCommand.CreateChapter(site.Content, "2025/economy/industry", script, TextWriter.Null, TextWriter.Null));

        var result = Check(site);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "YB0111");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("2025/economy/01-industry.md", warning.Location.Path);
        Assert.Equal(2, warning.Location.Line); // the title
        Assert.Contains("yearbook new chapter", warning.Message);
        Assert.Contains("title", warning.Message);
        Assert.Contains("summary", warning.Message);
        Assert.Contains("body", warning.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path == "2025/01-real.md");
    }

    [Fact]
    public void A_chapter_with_only_its_body_left_from_the_skeleton_is_reported_at_that_line()
    {
        using var site = new TempSite().Write("2025/01-plan.md", Chapter("发展规划", "## 小标题\n\n正文。需要原样保留、不做简繁转换的文字写作 -{文字}-；两版分别给出写作 -{zh-hans:简体;zh-hant:繁體}-。"));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == "YB0111");

        Assert.Equal(new SourceLocation("2025/01-plan.md", 6, 1), warning.Location);
        Assert.DoesNotContain("title", warning.Message);
    }

    [Fact]
    public void An_empty_volume_and_a_placeholder_preface_are_reported()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter("工业", "工业发展。"));
        Assert.Equal(0, NewCommand.CreateVolume(site.Content, 2026, TextWriter.Null, TextWriter.Null));
        site.Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\npreface: |\n  本卷记述……（卷首语，Markdown）\n");

        var result = Check(site);

        var warnings = result.Diagnostics.Where(d => d.Code == "YB0006").ToList();
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(warnings, d => d.Location.Path == "2026/_volume.yml" && d.Message.Contains("no chapters"));
        Assert.Contains(warnings, d => d.Location.Path == "2026/_volume.yml" && d.Message.Contains("preface"));
        var preface = Assert.Single(warnings, d => d.Location.Path == "2025/_volume.yml");
        Assert.Equal(4, preface.Location.Line);
        Assert.Equal(3, warnings.Count);
    }

    [Fact]
    public void A_category_folder_missing_from_categories_is_reported_and_listed_once()
    {
        using var site = new TempSite()
            .Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\ncategories: [economy]\n")
            .Write("2025/economy/01-industry.md", Chapter("工业", "工业发展。"))
            .Write("2025/jingji/01-trade.md", Chapter("商贸", "商贸发展。"));

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "YB0007");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("2025/_volume.yml", 4, 13), warning.Location);
        Assert.Contains("'jingji'", warning.Message);
        var volume = site.ReadOutput("zh-hans/2025/index.html");
        Assert.Equal(1, volume.Split("class=\"category-title\">经济").Length - 1);
        Assert.True(volume.IndexOf("工业", StringComparison.Ordinal) < volume.IndexOf("商贸", StringComparison.Ordinal));
    }

    [Fact]
    public void A_category_whose_chapters_are_in_two_folders_is_one_entry_of_the_contents()
    {
        // The folder left out of the list comes last in folder order, after 社会 (society).
        using var site = new TempSite()
            .Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\ncategories: [economy, society]\n")
            .Write("2025/economy/01-industry.md", Chapter("工业", "工业发展。"))
            .Write("2025/society/01-school.md", "---\ntitle: 教育\ncategory: 社会\n---\n\n教育发展。\n")
            .Write("2025/trade/01-trade.md", Chapter("商贸", "商贸发展。"));

        site.Build();

        var volume = site.ReadOutput("zh-hant/2025/index.html");
        Assert.Equal(1, volume.Split("class=\"category-title\">經濟<").Length - 1);
        var order = new[] { "工業", "商貿", "教育" }.Select(t => volume.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Links_to_headings_that_do_not_exist_are_reported_and_either_editions_anchor_is_accepted()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", "## 发展概况\n\n见[本篇](#发展概况)、[乙篇](02-b.md#區裏概況)、[乙篇简体](02-b.md#区里概况)、[荣誉](02-b.md#honor-1)。\n\n见[不存在](#不存在的小标题)和[乙篇](02-b.md#不存在)。"))
            .Write("2025/02-b.md", Chapter("乙", "## 區裏概況\n\n正文。", "script: hant\nhonors:\n  - {title: 文明單位, level: district, year: 2024, recipient: 測試區}\n"));

        var result = site.Build();

        var warnings = result.Diagnostics.Where(d => d.Code == "YB0304").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(warnings, d => d.Location == new SourceLocation("2025/01-a.md", 10, 2) && d.Message.Contains("#不存在的小标题"));
        Assert.Contains(warnings, d => d.Location == new SourceLocation("2025/01-a.md", 10, 18) && d.Message.Contains("02-b.md#不存在")
            && d.Format("content").Contains("heading that content/2025/02-b.md does not have"));
        // The Simplified spelling of a Traditional heading leads to the heading as published.
        var html = site.ReadOutput("zh-hans/2025/a/index.html");
        Assert.Equal(2, html.Split("href=\"/zh-hans/2025/b/#" + Uri.EscapeDataString("區裏概況") + "\"").Length - 1);
    }

    [Fact]
    public void Two_volumes_recording_the_same_year_are_reported()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", "正文。"))
            .Write("2026/_volume.yml", "title: 测试区年鉴（2026）\nyear: 2026\nrecord_year: 2024\n")
            .Write("2026/01-a.md", Chapter("甲", "正文。"));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == "YB0008");

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("2026/_volume.yml", 3, 14), warning.Location);
        Assert.Contains("2025/_volume.yml", warning.Message);
    }
}
