using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Editions;

/// <summary>The lint that shows editors what conversion could not decide, at the exact place.</summary>
public sealed class ScriptLintTests
{
    private static IReadOnlyList<Diagnostic> Check(string file, string text, string glossary = "")
    {
        using var site = new TempSite().Write("glossary.yml", glossary).Write(file, text);
        return new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false, Lint = true }).Build().Diagnostics;
    }

    [Fact]
    public void Traditional_characters_in_a_Simplified_chapter_are_reported()
    {
        var diagnostics = Check("2025/01-mixed.md", "---\ntitle: 甲\n---\n\n源江區深化改革。\n");

        var mixed = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MixedScript);
        Assert.Equal((5, 3), (mixed.Location.Line, mixed.Location.Column));
        Assert.Contains("'區'", mixed.Message);
        Assert.Contains("区", mixed.Message);
    }

    [Fact]
    public void Simplified_characters_in_a_Traditional_chapter_are_reported()
    {
        var diagnostics = Check("2025/01-mixed.md", "---\ntitle: 甲\nscript: hant\n---\n\n源匯区發展。\n");

        var mixed = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MixedScript);
        Assert.Equal((6, 3), (mixed.Location.Line, mixed.Location.Column));
        Assert.Contains("'区'", mixed.Message);
    }

    [Theory]
    [InlineData("精準施策緻力扶貧。", "緻", 5, "致")]
    [InlineData("登陸新三闆市場。", "闆", 5, "板")]
    [InlineData("延伸產業鍊條。", "鍊", 5, "鏈")]
    public void Traces_of_a_naive_converter_are_reported(string line, string trace, int column, string expected)
    {
        var diagnostics = Check("2025/01-naive.md", $"---\ntitle: 甲\nscript: hant\n---\n\n{line}\n");

        var naive = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NaiveConversion);
        Assert.Equal((6, column), (naive.Location.Line, naive.Location.Column));
        Assert.Contains($"'{trace}'", naive.Message);
        Assert.Contains($"'{expected}'", naive.Message);
    }

    [Fact]
    public void Correct_Traditional_text_gives_no_warning()
    {
        var diagnostics = Check("2025/01-good.md", "---\ntitle: 甲\nscript: hant\n---\n\n源匯區致力於發展產業鏈，河南曙光匯知康登陸新三板。頭髮乾淨。\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_risk_is_reported_until_the_editor_settles_it()
    {
        const string chapter = "---\ntitle: 甲\n---\n\n会上余华先生讲话。\n";
        var unsettled = Check("2025/01-name.md", chapter);
        var settledByGlossary = Check("2025/01-name.md", chapter, "- hans: 余华\n  hant: 余華\n");
        var settledInline = Check("2025/01-name.md", "---\ntitle: 甲\n---\n\n会上-{余}-华先生讲话。\n");

        var risk = Assert.Single(unsettled, d => d.Code == DiagnosticCodes.AmbiguousConversion);
        Assert.Equal((5, 3), (risk.Location.Line, risk.Location.Column));
        Assert.Contains("餘華", risk.Message);
        Assert.Contains("余華", risk.Message);
        Assert.Empty(settledByGlossary);
        Assert.Empty(settledInline);
    }

    [Theory]
    [InlineData("区里召开职能部门任务交办会。")]
    [InlineData("清除残垣断壁160余处。")]
    [InlineData("全区上下持续发力。")]
    [InlineData("全年新增设备20916台。")]
    public void Defaults_the_data_shows_to_be_right_are_quiet(string line)
    {
        Assert.Empty(Check("2025/01-quiet.md", $"---\ntitle: 甲\n---\n\n{line}\n"));
    }

    [Fact]
    public void A_risk_in_a_table_cell_is_reported_at_its_column()
    {
        var diagnostics = Check("2025/01-table.md", "---\ntitle: 甲\n---\n\n| 项目 | 说明 |\n| --- | --- |\n| 规划 | 对标对表 |\n");

        var risk = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.AmbiguousConversion);
        Assert.Equal((7, 10), (risk.Location.Line, risk.Location.Column));
    }

    [Fact]
    public void Front_matter_volume_and_ui_text_are_checked()
    {
        using var site = new TempSite()
            .Write("2025/01-hant.md", "---\ntitle: 精準施策緻力扶貧\nscript: hant\nsummary: \"登陸新三闆市場\"\n---\n\n正文。\n")
            .Write("2025/02-hans.md", "---\ntitle: 乙\nhonors:\n  - title: 先进个人\n    recipient: 于洪涛同志\n---\n\n正文。\n");
        File.AppendAllText(Path.Combine(site.Content, "2025", "_volume.yml"), "preface: 本卷由涂磊书记审定。\n");
        File.AppendAllText(Path.Combine(site.Root, "themes", "default", "ui.yml"), "\ninscription: 余华先生题\n");
        var diagnostics = new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build().Diagnostics;

        var naive = diagnostics.Where(d => d.Code == DiagnosticCodes.NaiveConversion).Select(d => (d.Location.Path, d.Location.Line, d.Location.Column)).ToList();
        Assert.Contains(("2025/01-hant.md", 2, 12), naive);
        Assert.Contains(("2025/01-hant.md", 4, 15), naive);
        var risks = diagnostics.Where(d => d.Code == DiagnosticCodes.AmbiguousConversion).Select(d => (d.Location.Path, d.Location.Line, d.Location.Column)).ToList();
        Assert.Contains(("2025/02-hans.md", 5, 16), risks);
        Assert.Contains(risks, r => r.Path == "2025/_volume.yml");
        Assert.Contains(risks, r => r.Path == "../themes/default/ui.yml" && r.Column == 14);
    }

    [Fact]
    public void Build_reports_the_same_conversion_warnings_as_check()
    {
        using var site = new TempSite().Write("2025/01-name.md", "---\ntitle: 对标对表\n---\n\n会上余华先生讲话。\n");
        static string[] Script(BuildResult r) => r.Diagnostics.Where(d => d.Code.StartsWith("YB02", StringComparison.Ordinal)).Select(d => d.Format("")).ToArray();

        var check = Script(new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build());
        var build = site.Build();

        Assert.Equal(2, check.Length);
        Assert.Equal(check, Script(build));
        Assert.Equal(2, build.WarningCount);
    }

    [Fact]
    public void Reviewed_entries_silence_a_risk_and_are_reported_when_stale()
    {
        const string chapter = "---\ntitle: 甲\n---\n\n副区长余敏出席。\n";
        using var site = new TempSite().Write("2025/01-name.md", chapter)
            .Write("reviewed.yml", "- span: 余敏\n  context: 副区长余敏出席\n  hant: 餘敏\n- span: 于洪涛\n  context: 于洪涛同志\n  hant: 於洪濤\n");
        var diagnostics = new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build().Diagnostics;

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.AmbiguousConversion);
        Assert.Equal(("reviewed.yml", 4), (warning.Location.Path, warning.Location.Line));
        Assert.Contains("stale", warning.Message);
    }

    [Fact]
    public void Code_and_urls_are_not_linted()
    {
        var diagnostics = Check("2025/01-code.md", "---\ntitle: 甲\n---\n\n`源江區` 见 <https://example.org/區>\n\n```\n區\n```\n");

        Assert.Empty(diagnostics);
    }
}
