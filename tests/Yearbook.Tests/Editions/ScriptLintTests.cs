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
    public void Ambiguous_character_is_reported_until_the_editor_settles_it()
    {
        var unsettled = Check("2025/01-village.md", "---\ntitle: 甲\n---\n\n余庄村。\n");
        var settledByGlossary = Check("2025/01-village.md", "---\ntitle: 甲\n---\n\n余庄村。\n", "- hans: 余庄\n  hant: 余莊\n");
        var settledInline = Check("2025/01-village.md", "---\ntitle: 甲\n---\n\n-{余}-庄村。\n");

        var ambiguous = Assert.Single(unsettled, d => d.Code == DiagnosticCodes.AmbiguousConversion);
        Assert.Equal((5, 1), (ambiguous.Location.Line, ambiguous.Location.Column));
        Assert.Contains("餘", ambiguous.Message);
        Assert.Empty(settledByGlossary);
        Assert.Empty(settledInline);
    }

    [Fact]
    public void Code_and_urls_are_not_linted()
    {
        var diagnostics = Check("2025/01-code.md", "---\ntitle: 甲\n---\n\n`源江區` 见 <https://example.org/區>\n\n```\n區\n```\n");

        Assert.Empty(diagnostics);
    }
}
