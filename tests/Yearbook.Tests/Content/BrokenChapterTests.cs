using System.Text;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Content;

/// <summary>
/// One broken chapter per kind of mistake, beside a good one: each gives the expected code at the
/// expected line and column, and the good chapter is still published.
/// </summary>
public sealed class BrokenChapterTests
{
    private const string Good = "---\ntitle: 好篇目\ncategory: 综述\n---\n\n正文。\n";

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, file text, code, line, column
        { "unclosed", "---\ntitle: 未闭合\n\n正文\n", DiagnosticCodes.FrontMatterUnclosed, 1, 1 },
        { "no-front-matter", "正文而已\n", DiagnosticCodes.FieldMissing, 1, 1 },
        { "yaml-syntax", "---\ntitle: 甲\nsummary: [未闭合\n---\n", DiagnosticCodes.YamlSyntax, 3, 10 },
        { "tab-indent", "---\ntitle: 甲\nhonors:\n\t- title: 乙\n---\n", DiagnosticCodes.YamlSyntax, 4, 1 },
        { "order-not-number", "---\ntitle: 甲\norder: 第一\n---\n", DiagnosticCodes.FieldInvalid, 3, 8 },
        { "bad-date", "---\ntitle: 甲\ndate: 2025-13-01\n---\n", DiagnosticCodes.FieldInvalid, 3, 7 },
        { "bad-script", "---\ntitle: 甲\nscript: traditional\n---\n", DiagnosticCodes.FieldInvalid, 3, 9 },
        { "title-is-list", "---\ntitle: [甲, 乙]\n---\n", DiagnosticCodes.FieldInvalid, 2, 8 },
        { "missing-title", "---\ncategory: 综述\n---\n", DiagnosticCodes.FieldMissing, 2, 1 },
        { "unknown-key", "---\ntitle: 甲\ncatgory: 综述\n---\n", DiagnosticCodes.FieldUnknown, 3, 1 },
        { "honor-bad-level", "---\ntitle: 甲\nhonors:\n  - title: 乙\n    level: national-ish\n---\n", DiagnosticCodes.FieldInvalid, 5, 12 },
        { "honor-no-level", "---\ntitle: 甲\nhonors:\n  - title: 乙\n    year: 2024\n---\n", DiagnosticCodes.HonorIncomplete, 4, 5 },
        { "stat-no-unit", "---\ntitle: 甲\nstats:\n  - indicator: 产值\n    value: 5\n    period: \"2024\"\n---\n", DiagnosticCodes.StatisticIncomplete, 4, 5 },
        { "honor-year-text", "---\ntitle: 甲\nhonors:\n  - title: 乙\n    level: district\n    year: 去年\n---\n", DiagnosticCodes.FieldInvalid, 6, 11 },
        { "deep-nesting", "---\ntitle: 甲\nsummary: " + new string('[', 5000) + new string(']', 5000) + "\n---\n", DiagnosticCodes.YamlSyntax, 3, 9 + YearbookDepth },
        { "nul-byte", "---\ntitle: 甲\n---\n正文\0\n", DiagnosticCodes.FileRejected, 4, 3 },
    };

    // The depth check reports at the first collection opened past the limit.
    private const int YearbookDepth = Yearbook.Content.YamlDocumentReader.MaxDepth;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_chapter_is_reported_at_its_place_and_the_rest_still_builds(string name, string text, string code, int line, int column)
    {
        using var site = new TempSite();
        site.Write("2025/general/01-good.md", Good);
        site.Write($"2025/general/02-{name}.md", text);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.Path == $"2025/general/02-{name}.md");
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/general/good/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hant/2025/general/good/index.html")));
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
    {
        using var site = new TempSite();
        site.Write("2025/01-typo.md", "---\ntitle: 甲\nsumary: 摘要\n---\n");

        var diagnostic = Assert.Single(site.Build(write: false).Diagnostics);

        Assert.Equal("unknown field 'sumary'; did you mean 'summary'?", diagnostic.Message);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Gb18030_file_is_reported_with_its_line_and_a_hint_to_resave()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936);
        using var site = new TempSite();
        site.Write("2025/01-good.md", Good);
        site.WriteBytes("2025/02-legacy.md", [.. Encoding.UTF8.GetBytes("---\ntitle: 甲\n---\n\n"), .. gb18030.GetBytes("源汇区工业经济\n")]);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        // 源 in GB18030 is D4 B4, which happens to be a valid UTF-8 pair; decoding fails at the next byte.
        Assert.Equal((DiagnosticCodes.NotUtf8, 5, 2), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("GB18030", diagnostic.Message);
        Assert.Contains("re-save it as UTF-8", diagnostic.Message);
        Assert.True(result.Published);
    }

    [Fact]
    public void Bom_and_crlf_are_handled_silently()
    {
        using var site = new TempSite();
        site.WriteBytes("2025/01-windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: 视窗篇\r\norder: 1\r\n---\r\n\r\n## 小节\r\n\r\n正文。\r\n")]);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var html = site.ReadOutput("zh-hans/2025/windows/index.html");
        Assert.Contains("视窗篇", html);
        Assert.Contains("id=\"小节\"", html);
    }

    [Fact]
    public void Two_files_with_the_same_address_are_reported()
    {
        using var site = new TempSite();
        site.Write("2025/01-same.md", "---\ntitle: 甲\n---\n");
        site.Write("2025/02-same.md", "---\ntitle: 乙\n---\n");

        var diagnostic = Assert.Single(site.Build(write: false).Diagnostics);

        Assert.Equal((DiagnosticCodes.DuplicateSlug, "2025/02-same.md"), (diagnostic.Code, diagnostic.Location.Path));
    }

    [Fact]
    public void File_name_that_is_not_an_ascii_slug_is_reported()
    {
        using var site = new TempSite();
        site.Write("2025/01-工业.md", "---\ntitle: 工业\n---\n");

        var diagnostic = Assert.Single(site.Build(write: false).Diagnostics);

        Assert.Equal(DiagnosticCodes.SlugInvalid, diagnostic.Code);
    }

    [Fact]
    public void Diagnostics_print_in_the_canonical_compiler_form()
    {
        using var site = new TempSite();
        site.Write("2025/01-bad.md", "---\ntitle: 甲\norder: x\n---\n");

        var diagnostic = Assert.Single(site.Build(write: false).Diagnostics);

        Assert.Equal("content/2025/01-bad.md(3,8): error YB0104: 'order' must be a whole number, not 'x'", diagnostic.Format("content"));
    }
}
