using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Entries;

/// <summary>Entry titles are linted with warnings: at most 18 characters, no punctuation, no personal name the glossary marks.</summary>
public sealed class EntryTitleLintTests
{
    private static IReadOnlyList<Diagnostic> Check(string body, string glossary = "")
    {
        using var site = new TempSite()
            .Write("glossary.yml", glossary)
            .Write("2025/01-a.md", $"---\ntitle: 甲\n---\n\n{body}\n");
        return new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build().Diagnostics;
    }

    [Fact]
    public void A_title_over_18_characters_is_a_warning_at_its_bracket()
    {
        var warning = Assert.Single(Check("概况。\n\n【全区规模以上工业企业数字化转型升级改造工程】正文。"));
        Assert.Equal(DiagnosticCodes.EntryTitleLong, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("2025/01-a.md", 7, 1), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.Contains("21 characters", warning.Message, StringComparison.Ordinal);

        Assert.Empty(Check("【规模以上工业企业数字化转型工程】正文。")); // 16 characters
    }

    [Fact]
    public void Punctuation_in_a_title_is_a_warning_naming_the_marks()
    {
        var warning = Assert.Single(Check("## 【“一村一品”示范村】"));
        Assert.Equal(DiagnosticCodes.EntryTitlePunctuation, warning.Code);
        Assert.Equal((5, 4), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("“ ”", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_personal_name_is_a_warning_only_where_the_glossary_marks_it_in_either_script()
    {
        const string glossary = "- {hans: 范庄, hant: 范莊}\n- {hans: 于洪涛, hant: 於洪濤, person: true}\n";
        // (The Traditional title in a Simplified chapter draws script warnings too; only the entry warnings count here.)
        var warning = Assert.Single(Check("【於洪濤事迹】正文。\n\n【范庄新貌】正文。", glossary), d => d.Code.StartsWith("YB012", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.EntryTitlePerson, warning.Code);
        Assert.Contains("于洪涛", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Check("【于洪涛事迹】正文。"));
    }

    [Fact]
    public void Brackets_inside_a_paragraph_or_a_list_are_no_entry()
    {
        Assert.Empty(Check("全区开展“【全民阅读，书香源汇】”活动。\n\n- 【一、二、三。】列表里的括号"));
    }
}
