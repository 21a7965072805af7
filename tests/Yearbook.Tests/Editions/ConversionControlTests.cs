namespace Yearbook.Tests.Editions;

/// <summary>
/// What is converted and what is not: text is, code and URLs are not; the glossary and the inline
/// markup change the output as documented, in both editions.
/// </summary>
public sealed class ConversionControlTests
{
    private static string Chapter(string body, string frontMatter = "") =>
        $"---\ntitle: 发展规划\nsummary: 源汇区发展\n{frontMatter}---\n\n{body}\n";

    [Fact]
    public void Text_is_converted_but_code_and_urls_are_not()
    {
        using var site = new TempSite()
            .Write("2025/01-plan.md", Chapter("## 头发\n\n见[后面的发展](https://example.org/发展?q=后) 和 `后台代码` 以及 ![发展图](fazhan.png)\n\n```\n后发干面\n```\n\n| 项目 | 数值 |\n|---|---|\n| 面积 | 37.4 |\n"))
            .WriteBytes("2025/fazhan.png", [0x89, 0x50, 0x4E, 0x47]);

        site.Build();
        var html = site.ReadOutput("zh-hant/2025/plan/index.html");

        Assert.Contains("<h1", html);
        Assert.Contains(">頭髮</h2>", html);
        Assert.Contains("id=\"头发\"", html); // the anchor keeps the source text, the same in both editions
        Assert.Contains(">後面的發展</a>", html);
        // Markdig percent-encodes the address; what it encodes is the source text 发展/后, not 發展/後.
        Assert.Contains("href=\"https://example.org/%E5%8F%91%E5%B1%95?q=%E5%90%8E\"", html);
        Assert.Contains("<code>后台代码</code>", html);
        Assert.Contains("alt=\"發展圖\"", html);
        Assert.Contains("src=\"/media/2025/fazhan.png\"", html);
        Assert.Contains("后发干面", html);
        Assert.Contains("<td>面積</td>", html);
        Assert.Contains("源匯區發展", html);
        Assert.True(File.Exists(Path.Combine(site.Output, "media/2025/fazhan.png")));
    }

    [Fact]
    public void No_convert_markup_keeps_text_as_written_in_every_edition()
    {
        using var site = new TempSite().Write("2025/01-plan.md", Chapter("品牌-{听风的蚕}-在发展。", "tags: [\"-{后羿}-\"]\n"));

        site.Build();

        var hant = site.ReadOutput("zh-hant/2025/plan/index.html");
        Assert.Contains("品牌听风的蚕在發展。", hant);
        Assert.Contains(">后羿</a>", hant);
        Assert.DoesNotContain("-{", hant);
        Assert.Contains("品牌听风的蚕在发展。", site.ReadOutput("zh-hans/2025/plan/index.html"));
    }

    [Fact]
    public void Explicit_per_edition_markup_gives_each_edition_its_text()
    {
        using var site = new TempSite().Write("2025/01-plan.md", Chapter("本地叫-{zh-hans:鼠标;zh-hant:滑鼠}-。", "") .Replace("title: 发展规划", "title: -{zh-hans:软件;zh-hant:軟體}-园区"));

        site.Build();

        Assert.Contains("本地叫鼠标。", site.ReadOutput("zh-hans/2025/plan/index.html"));
        Assert.Contains("<title>软件园区", site.ReadOutput("zh-hans/2025/plan/index.html"));
        var hant = site.ReadOutput("zh-hant/2025/plan/index.html");
        Assert.Contains("本地叫滑鼠。", hant);
        Assert.Contains("<title>軟體園區", hant);
    }

    [Fact]
    public void Glossary_wins_over_the_dictionaries_in_both_directions()
    {
        using var site = new TempSite()
            .Write("glossary.yml", "- hans: 余家村\n  hant: 余家村\n- hans: 范庄\n  hant: 范莊\n")
            .Write("2025/01-hans.md", Chapter("余家村和范庄。"))
            .Write("2025/02-hant.md", "---\ntitle: 村莊\nscript: hant\n---\n\n余家村和范莊。\n");

        site.Build();

        // Without the glossary OpenCC gives 餘家村 and 範莊 (see the next test): wrong for surnames.
        Assert.Contains("余家村和范莊。", site.ReadOutput("zh-hant/2025/hans/index.html"));
        Assert.Contains("余家村和范庄。", site.ReadOutput("zh-hans/2025/hant/index.html"));
    }

    [Fact]
    public void Without_glossary_the_dictionaries_decide()
    {
        using var site = new TempSite().Write("2025/01-hans.md", Chapter("余家村和范庄。"));

        site.Build();

        Assert.Contains("餘家村和範莊。", site.ReadOutput("zh-hant/2025/hans/index.html"));
    }

    [Theory]
    [InlineData("keep", "“新三板”")]
    [InlineData("corner", "「新三板」")]
    public void Quote_style_applies_to_the_Traditional_edition_only(string style, string expected)
    {
        using var site = new TempSite($"title: 测试区年鉴\nconversion:\n  quotes: {style}\n").Write("2025/01-plan.md", Chapter("登陆“新三板”。"));

        site.Build();

        Assert.Contains($"登陸{expected}。", site.ReadOutput("zh-hant/2025/plan/index.html"));
        Assert.Contains("登陆“新三板”。", site.ReadOutput("zh-hans/2025/plan/index.html"));
    }

    [Fact]
    public void Raw_html_is_escaped_unless_the_site_allows_it()
    {
        using var site = new TempSite().Write("2025/01-plan.md", Chapter("<script>alert(1)</script>\n\n段落<b onclick=\"x()\">粗</b>", "title2: x\n".Replace("title2: x\n", "")));

        site.Build();

        var html = site.ReadOutput("zh-hans/2025/plan/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b onclick", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Unclosed_no_convert_markup_is_reported_at_its_place()
    {
        using var site = new TempSite().Write("2025/01-plan.md", Chapter("第一行。\n\n品牌-{听风的蚕在发展。\n\n`-{代码}` 不算。"));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Yearbook.Diagnostics.DiagnosticCodes.NoConvertMarkup, 8, 3), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("品牌-{聽風的蠶在發展。", site.ReadOutput("zh-hant/2025/plan/index.html"));
    }
}
