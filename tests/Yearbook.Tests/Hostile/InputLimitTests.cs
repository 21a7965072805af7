using System.Text;
using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// Input no chapter needs and a hostile contributor might write: each is a diagnostic at its place,
/// never a crash, and the good chapter beside it is still published.
/// </summary>
public sealed class InputLimitTests
{
    private const string Good = "---\ntitle: 好篇目\n---\n\n正文。\n";
    private const string Bad = "2025/02-bad.md";
    private const int Deep = 5000;

    private static string Chapter(string frontMatterLine, string body = "正文。\n") => $"---\ntitle: 甲\n{frontMatterLine}\n---\n\n{body}";

    /// <summary>A billion-laughs document: nine levels of ten aliases each, 10⁹ values once expanded.</summary>
    private static string AliasBomb(string indent = "")
    {
        var yaml = new StringBuilder($"{indent}a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"{indent}a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        return yaml.ToString();
    }

    public static TheoryData<string, string, int, int> DeepFrontMatter => new()
    {
        // name, front matter line, line, column of the first collection past the limit (the top mapping is the first level)
        { "flow-sequences", "summary: " + new string('[', Deep) + new string(']', Deep), 3, 9 + YamlDocumentReader.MaxDepth },
        { "flow-mappings", "summary: " + string.Concat(Enumerable.Repeat("{a: ", Deep)) + "1" + new string('}', Deep), 3, 10 + (4 * (YamlDocumentReader.MaxDepth - 1)) },
        { "block-sequences", "tags:\n  " + string.Concat(Enumerable.Repeat("- ", Deep)) + "x", 4, 3 + (2 * (YamlDocumentReader.MaxDepth - 1)) },
    };

    [Theory]
    [MemberData(nameof(DeepFrontMatter))]
    public void Front_matter_nested_thousands_deep_is_reported_without_overflowing_the_stack(string name, string line, int atLine, int atColumn)
    {
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, Chapter(line));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, Bad, atLine, atColumn), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("nested more than", diagnostic.Message);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hant/2025/good/index.html")), name);
    }

    [Fact]
    public void Site_settings_nested_thousands_deep_are_reported_and_nothing_is_published()
    {
        using var site = new TempSite("title: 甲\nconversion: " + new string('[', Deep) + new string(']', Deep) + "\n").Write("2025/01-good.md", Good);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.SiteConfigInvalid, "yearbook.yml", 2), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.False(result.Published);
    }

    [Fact]
    public void Volume_settings_nested_thousands_deep_are_reported_and_the_other_volume_builds()
    {
        using var site = new TempSite()
            .Write("2025/01-good.md", Good)
            .Write("2024/_volume.yml", "title: 乙\ncategories:\n" + string.Concat(Enumerable.Range(0, Deep / 5).Select(i => new string(' ', 2 + (2 * i)) + "- \n")));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.VolumeInvalid, "2024/_volume.yml"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Equal(3 + YamlDocumentReader.MaxDepth - 1, diagnostic.Location.Line);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }

    [Fact]
    public void Glossary_nested_thousands_deep_is_reported_and_the_site_builds()
    {
        using var site = new TempSite().Write("2025/01-good.md", Good).Write("glossary.yml", "- " + new string('[', Deep) + new string(']', Deep) + "\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.GlossaryInvalid, "glossary.yml", 1), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }

    [Fact]
    public void Alias_bomb_in_front_matter_is_reported_where_the_expansion_passes_the_limit()
    {
        // The key made of an alias makes YamlDotNet hash (and our unknown-key report print) the whole expansion.
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, $"---\ntitle: 甲\n{AliasBomb()}? *a9\n: x\ntags: *a9\n---\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, Bad), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("aliases", diagnostic.Message);
        // a3 (line 6) passes the limit: ten copies of a2, which stands for 1,111 values.
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }

    [Theory]
    [InlineData("yearbook.yml", DiagnosticCodes.SiteConfigInvalid)]
    [InlineData("2024/_volume.yml", DiagnosticCodes.VolumeInvalid)]
    public void Alias_bomb_in_settings_is_reported(string file, string code)
    {
        using var site = new TempSite().Write("2025/01-good.md", Good);
        var existing = File.Exists(Path.Combine(site.Content, file)) ? File.ReadAllText(Path.Combine(site.Content, file)) : "title: 乙\n";
        site.Write(file, existing + AliasBomb() + "categories: *a9\n");

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => (d.Code, d.Location.Path) == (code, file) && d.Message.Contains("aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void Alias_bomb_in_the_glossary_is_reported()
    {
        using var site = new TempSite().Write("2025/01-good.md", Good).Write("glossary.yml", "- {hans: 范庄, hant: 范莊}\n- x:\n" + AliasBomb("    ") + "- *a9\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.GlossaryInvalid, "glossary.yml"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.True(result.Published);
    }

    [Fact]
    public void Harmless_aliases_are_still_allowed()
    {
        using var site = new TempSite().Write("2025/01-good.md", "---\ntitle: &t 好篇目\nsummary: *t\ntags: &tags [工业, 农业]\n---\n\n正文。\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("好篇目", site.ReadOutput("zh-hans/2025/good/index.html"));
    }

    [Fact]
    public void Chapter_of_50_megabytes_is_refused_without_being_read()
    {
        using var site = new TempSite().Write("2025/01-good.md", Good);
        var line = "---\ntitle: 大\n---\n" + string.Concat(Enumerable.Repeat("源汇区经济运行平稳。", 100)) + "\n";
        using (var writer = new StreamWriter(Path.Combine(site.Content, Bad), append: false, new UTF8Encoding(false)))
        {
            var bytes = 0L;
            while (bytes < 50L * 1024 * 1024)
            {
                writer.Write(line);
                bytes += Encoding.UTF8.GetByteCount(line);
            }
        }

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileRejected, Bad), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("50 MB", diagnostic.Message);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }

    [Fact]
    public void Table_of_10000_columns_is_built_whole_with_a_warning_at_its_header()
    {
        // Wide but flat: Markdig builds it in linear time and nothing nests, so nothing is refused or lost;
        // the editor is told where it is.
        var header = "|" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $" 列{i} |"));
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", 10_000));
        var row = "|" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $" 值{i} |"));
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, Chapter("order: 2", $"前言。\n\n{header}\n{rule}\n{row}\n"));

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, Severity.Warning, Bad, 8), (warning.Code, warning.Severity, warning.Location.Path, warning.Location.Line));
        Assert.Contains("10,000 columns", warning.Message, StringComparison.Ordinal);
        var html = site.ReadOutput("zh-hant/2025/bad/index.html");
        Assert.Equal(10_000, html.Split("<th>").Length - 1);
        Assert.Contains("<td>值9999</td>", html);
    }

    [Fact]
    public void Line_of_one_megabyte_is_built_with_a_warning_at_it()
    {
        // Long but plain: nothing to refuse, and the build must neither crash nor lose it.
        var text = string.Concat(Enumerable.Repeat("源汇区经济运行平稳，", 100_000));
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, Chapter("order: 2", text + "\n"));

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, Severity.Warning, Bad, 6), (warning.Code, warning.Severity, warning.Location.Path, warning.Location.Line));
        Assert.Contains("1,000,000 characters", warning.Message, StringComparison.Ordinal);
        Assert.Contains(string.Concat(Enumerable.Repeat("源匯區經濟運行平穩，", 1000)), site.ReadOutput("zh-hant/2025/bad/index.html"));
    }

    private const int Limit = MarkdownNesting.MaxDepth;

    public static TheoryData<string, string, int, int> DeepMarkdown => new()
    {
        // name, body, line and column (the body starts on line 6) of the first element past the limit.
        // Every element counts: a list and its item are two levels, a paragraph, its inlines and its text three.
        { "blockquotes", new string('>', Deep) + " 深\n", 6, Limit + 1 },
        { "blockquotes-on-lines", string.Concat(Enumerable.Range(0, Deep / 5).Select(i => new string('>', i + 1) + " 深\n")), 6 + Limit - 3, Limit },
        { "bullet-lists", string.Concat(Enumerable.Range(0, Deep / 5).Select(i => new string(' ', 2 * i) + "- 深\n")), 6 + ((Limit - 4) / 2), Limit - 1 },
        { "compact-lists", string.Concat(Enumerable.Repeat("+ ", Deep)) + "深\n", 6, Limit + 1 },
        { "mixed", string.Concat(Enumerable.Repeat("> - ", Deep)) + "深\n", 6, 1 + (4 * (Limit / 3)) },
        { "emphasis", new string('*', Deep) + "深" + new string('*', Deep) + "\n", 6, (2 * (Limit - 2)) + 1 },
        { "markup-line", string.Concat(Enumerable.Repeat("*[_`<", 200_000)) + "\n", 6, 0 },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Markdown_nested_thousands_deep_is_reported_at_its_place(string name, string body, int line, int column)
    {
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, Chapter("order: 2", body));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MarkdownTooComplex, Bad, line), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line));
        if (column > 0)
        {
            Assert.Equal(column, diagnostic.Location.Column);
        }

        Assert.False(File.Exists(Path.Combine(site.Output, "zh-hans/2025/bad/index.html")), name);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")), name);
    }

    [Fact]
    public void Links_nested_thousands_deep_are_built_as_text()
    {
        // CommonMark forbids links in links: the brackets stay text, nothing nests.
        // Under a heading "x", so the links' #x is an anchor the page has.
        var body = "## x\n\n" + new string('[', Deep) + "深" + string.Concat(Enumerable.Repeat("](#x)", Deep)) + "\n";
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, Chapter("order: 2", body));

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var html = site.ReadOutput("zh-hant/2025/bad/index.html");
        Assert.Contains("<p>[[[[[", html);
        Assert.Contains(">深</a>](#x)](#x)](#x)", html);
    }

    [Fact]
    public void Volume_preface_nested_thousands_deep_is_reported_and_left_out()
    {
        using var site = new TempSite().Write("2025/01-good.md", Good)
            .Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\npreface: \"" + new string('>', Deep) + " 深\"\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.VolumeInvalid, "2025/_volume.yml", 3), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/index.html")));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        using var site = new TempSite().Write("2025/01-good.md", Good);
        site.WriteBytes(Bad, [.. Encoding.UTF8.GetBytes("---\ntitle: 甲\n---\n\n正文"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("。\n")]);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NotUtf8, Bad, 5, 3), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }

    [Theory]
    [InlineData("yearbook.yml", DiagnosticCodes.NotUtf8)]
    [InlineData("glossary.yml", DiagnosticCodes.NotUtf8)]
    [InlineData("2024/_volume.yml", DiagnosticCodes.NotUtf8)]
    public void Invalid_utf8_or_nul_in_settings_is_reported(string file, string code)
    {
        using var site = new TempSite().Write("2025/01-good.md", Good);
        var existing = File.Exists(Path.Combine(site.Content, file)) ? File.ReadAllText(Path.Combine(site.Content, file)) : "title: 乙\n";
        site.WriteBytes(file, [.. Encoding.UTF8.GetBytes(existing), 0xC3, 0x28, (byte)'\n']);

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => (d.Code, d.Location.Path) == (code, file) && d.Location.Line > 0);
        site.WriteBytes(file, [.. Encoding.UTF8.GetBytes(existing), 0, (byte)'\n']);
        Assert.Contains(site.Build(write: false).Diagnostics, d => (d.Code, d.Location.Path) == (DiagnosticCodes.FileRejected, file) && d.Location.Line > 0);
    }

    [Fact]
    public void Front_matter_that_never_closes_in_a_large_file_is_reported_quickly()
    {
        // Ten thousand lines of what looks like YAML and no closing fence.
        var text = "---\ntitle: 甲\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"k{i}: 值\n"));
        using var site = new TempSite().Write("2025/01-good.md", Good).Write(Bad, text);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterUnclosed, Bad, 1, 1), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-hans/2025/good/index.html")));
    }
}
