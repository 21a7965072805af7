using System.Text.Json;
using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Data;

/// <summary>
/// An honor is (title, recipient, year): the same title given to the same recipient in another year is
/// a re-award; YB0401 is for the same award recorded with another level or awarding body (issue 23).
/// </summary>
public sealed class HonorIdentityTests
{
    private static string Chapter(string title, string honors) => $"---\ntitle: {title}\nhonors:\n{honors}---\n\n正文。\n";

    private static string Honor(int year, string level = "national", string? awardedBy = null, string recipient = "测试区", string extra = "") =>
        $"  - title: 全国文明城市\n    level: {level}\n    year: {year}\n    recipient: {recipient}\n" +
        (awardedBy is null ? "" : $"    awarded_by: {awardedBy}\n") + extra;

    private static BuildResult Check(TempSite site) =>
        new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build();

    [Fact]
    public void The_same_title_and_recipient_in_other_years_and_chapters_are_re_awards_not_conflicts()
    {
        using var site = new TempSite()
            .Write("2024/_volume.yml", "title: 测试区年鉴（2024）\nyear: 2024\nrecord_year: 2023\n")
            .Write("2023/_volume.yml", "title: 测试区年鉴（2023）\nyear: 2023\nrecord_year: 2022\n")
            .Write("2025/01-a.md", Chapter("甲", Honor(2024)))
            .Write("2024/01-b.md", Chapter("乙", Honor(2023, "provincial")))
            .Write("2023/01-c.md", Chapter("丙", Honor(2022, awardedBy: "中央文明委")));

        Assert.DoesNotContain(Check(site).Diagnostics, d => d.Code == DiagnosticCodes.HonorConflict);
    }

    [Fact]
    public void The_same_award_with_another_level_is_a_conflict()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", Honor(2024)))
            .Write("2025/02-b.md", Chapter("乙", Honor(2024, "provincial")));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == DiagnosticCodes.HonorConflict);
        Assert.Equal("2025/02-b.md", warning.Location.Path);
        Assert.Contains("in 2024", warning.Message, StringComparison.Ordinal);
        Assert.Contains("level national", warning.Message, StringComparison.Ordinal);
        Assert.Contains("level provincial", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_award_from_another_body_is_a_conflict_in_either_script_but_a_body_left_out_is_not()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", Honor(2024, awardedBy: "中央文明委")))
            .Write("2025/02-b.md", Chapter("乙", Honor(2024)))
            .Write("2025/03-c.md", "---\ntitle: 丙\nscript: hant\nhonors:\n  - title: 全國文明城市\n    level: national\n    year: 2024\n    recipient: 測試區\n    awarded_by: 中央文明委\n---\n\n正文。\n")
            .Write("2025/04-d.md", Chapter("丁", Honor(2024, awardedBy: "河南省文明委")));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == DiagnosticCodes.HonorConflict);
        Assert.Equal("2025/04-d.md", warning.Location.Path);
        Assert.Contains("awarded by 中央文明委", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_type_and_document_are_shown_on_the_pages_and_in_the_downloads()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", Honor(2024, extra: "    recipient_type: 集体\n    document: 文明委〔2024〕3号\n")));

        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);

        using var json = JsonDocument.Parse(site.ReadOutput("zh-hant/honors/honors.json"));
        var row = Assert.Single(json.RootElement.GetProperty("honors").EnumerateArray());
        Assert.Equal("集體", row.GetProperty("recipientType").GetString());
        Assert.Equal("文明委〔2024〕3號", row.GetProperty("document").GetString());

        var csv = CsvReader.Parse(site.ReadOutput("zh-hans/honors/honors.csv").TrimStart('\uFEFF'));
        Assert.Equal(["级别", "年份", "荣誉名称", "获得者", "获得者类型", "授予单位", "文号"], csv[0].Take(7));
        Assert.Equal(["集体", "", "文明委〔2024〕3号"], csv[1].Skip(4).Take(3));

        var honors = site.ReadOutput("zh-hans/honors/2024/index.html");
        Assert.Contains("测试区（集体）", honors, StringComparison.Ordinal);
        Assert.Contains("文明委〔2024〕3号</span>", honors, StringComparison.Ordinal);
        Assert.Contains("文明委〔2024〕3号</span>", site.ReadOutput("zh-hans/2025/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_type_that_is_neither_collective_nor_individual_is_a_located_warning()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", Chapter("甲", Honor(2024, extra: "    recipient_type: 单位\n")));

        var warning = Assert.Single(Check(site).Diagnostics, d => d.Code == DiagnosticCodes.HonorRecipientType);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(8, warning.Location.Line);
        Assert.Contains("集体", warning.Message, StringComparison.Ordinal);
    }
}
