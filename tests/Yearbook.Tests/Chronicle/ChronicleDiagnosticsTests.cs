using Yearbook.Diagnostics;

namespace Yearbook.Tests.Chronicle;

/// <summary>What the chronicle, the chapter kinds and the publication details report, each at its line.</summary>
public sealed class ChronicleDiagnosticsTests
{
    [Fact]
    public void Chronicle_dates_are_checked_with_warnings_at_their_items()
    {
        using var site = new TempSite();
        site.Write("2025/chronicle/01-events.md", """
            ---
            title: 大事记
            kind: chronicle
            ---

            ## 1月

            - 1月5日 区里召开经济工作会议。
            - 区里没有写日期的一件事。
            - 2月30日 没有这一天。
            - 3月2日 写在1月下面。

            ## 4月

            - 4月9日 一件事。
            - 4月3日 比上一条早。
            - 是月 四月里的一件事。
            - 2023-12-30 早于记述年份。
            - 2026-01-02 晚于本卷年份。

            - 2024-04-20 仍在4月。
            """);

        var result = site.Build();

        var found = result.Diagnostics.Where(d => d.Location.Path == "2025/chronicle/01-events.md" && d.Code.StartsWith("YB013", StringComparison.Ordinal)).Select(d => (d.Code, d.Location.Line)).ToList();
        Assert.Equal(
        [
            (DiagnosticCodes.ChronicleUndated, 9),
            (DiagnosticCodes.ChronicleDate, 10),
            (DiagnosticCodes.ChronicleOrder, 11),
            (DiagnosticCodes.ChronicleOrder, 16),
            (DiagnosticCodes.ChronicleDate, 18),
            (DiagnosticCodes.ChronicleDate, 19),
        ], found);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        var ids = site.ReadOutput("zh-hans/2025/chronicle/events/index.html");
        Assert.Contains("<li id=\"d2024-04\">", ids, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"d2024-02-30\"", ids, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_item_needs_a_month_heading_and_a_chronicle_needs_dated_items()
    {
        using var site = new TempSite();
        site.Write("2025/chronicle/01-events.md", "---\ntitle: 大事记\nkind: chronicle\n---\n\n- 是月 无月份标题。\n");
        site.Write("2025/chronicle/02-empty.md", "---\ntitle: 大事记二\nkind: chronicle\n---\n\n只有一段文字。\n");

        var result = site.Build();

        Assert.Equal([(DiagnosticCodes.ChronicleUndated, "2025/chronicle/01-events.md", 6), (DiagnosticCodes.ChronicleUndated, "2025/chronicle/01-events.md", 5),
                (DiagnosticCodes.ChronicleUndated, "2025/chronicle/02-empty.md", 5)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Path, d.Location.Line)).OrderBy(d => d.Path).ThenByDescending(d => d.Line));
    }

    [Fact]
    public void A_link_to_a_date_anchor_resolves_and_a_missing_day_is_reported()
    {
        using var site = new TempSite();
        site.Write("2025/chronicle/01-events.md", "---\ntitle: 大事记\nkind: chronicle\n---\n\n## 1月\n\n- 1月5日 一件事。\n");
        site.Write("2025/economy/01-industry.md", "---\ntitle: 工业\n---\n\n见[大事记](../chronicle/01-events.md#d2024-01-05)，又见[另一天](../chronicle/01-events.md#d2024-01-06)。\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenAnchor, "2025/economy/01-industry.md"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("d2024-01-06", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_is_a_located_error()
    {
        using var site = new TempSite();
        site.Write("2025/a/01-a.md", "---\ntitle: 甲\nkind: timeline\n---\n\n正文。\n");

        var diagnostic = Assert.Single(site.Build().Diagnostics);

        Assert.Equal((DiagnosticCodes.FieldInvalid, Severity.Error, 3, 7), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("entries, chronicle, feature, appendix, people", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_dated_before_the_record_year_is_reported_unless_it_is_a_feature()
    {
        using var site = new TempSite();
        site.Write("2025/a/01-old.md", "---\ntitle: 甲\ndate: 2023-06-01\n---\n\n正文。\n");
        site.Write("2025/a/02-feature.md", "---\ntitle: 乙\nkind: feature\ndate: 2021-03-20\ndocument: {title: 规划纲要, issuer: 测试区人民政府}\n---\n\n正文。\n");
        site.Write("2025/a/03-bare-feature.md", "---\ntitle: 丙\nkind: feature\n---\n\n正文。\n");

        var found = site.Build().Diagnostics.Select(d => (d.Code, d.Location.Path, d.Location.Line)).ToList();

        Assert.Equal([(DiagnosticCodes.BeforeRecordYear, "2025/a/01-old.md", 3), (DiagnosticCodes.FeatureWithoutDocument, "2025/a/03-bare-feature.md", 3)], found);
    }

    [Theory]
    [InlineData("978-7-5348-1234-7", true)]
    [InlineData("9787534812347", true)]
    [InlineData("978-7-5348-1234-6", false)]
    [InlineData("7-5348-1234-X", false)]
    [InlineData("0-306-40615-2", true)]
    [InlineData("080442957X", true)]
    public void Isbn_check_digit(string isbn, bool valid) => Assert.Equal(valid, Yearbook.Content.StandardNumbers.IsIsbn(isbn));

    [Theory]
    [InlineData("0378-5955", true)]
    [InlineData("2049-3630", true)]
    [InlineData("0378-5954", false)]
    [InlineData("03785955", false)]
    public void Issn_check_digit(string issn, bool valid) => Assert.Equal(valid, Yearbook.Content.StandardNumbers.IsIssn(issn));

    [Fact]
    public void A_wrong_ISBN_is_a_warning_at_its_value()
    {
        using var site = new TempSite("title: 测试区年鉴\nbase_url: /\nissn: 1234-5678\n");
        site.Write("2025/a/01-a.md", "---\ntitle: 甲\n---\n\n正文。\n");

        var diagnostic = Assert.Single(site.Build().Diagnostics);

        Assert.Equal((DiagnosticCodes.IdentifierInvalid, "yearbook.yml", 3, 7), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
