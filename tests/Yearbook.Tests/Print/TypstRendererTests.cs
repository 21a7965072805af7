using Yearbook.Content;
using Yearbook.Print.Renderers;
using Yearbook.Print;

namespace Yearbook.Tests.Print;

/// <summary>The Typst renderer of the Markdown tree: what each node kind prints as.</summary>
public sealed class TypstRendererTests
{
    private static string Render(string markdown, Func<string, string?>? images = null, IReadOnlyCollection<string>? terms = null)
    {
        var document = new ChapterMarkdown(rawHtml: false).Parse(markdown);
        return new TypstRenderer(images ?? (_ => null), terms ?? []).RenderChapter(document, "c1");
    }

    [Fact]
    public void TextIsEscapedSoNothingInItRunsAsTypst()
    {
        var typst = Render("编号#1 用 $5 和 [注] 或 <x> 及 @ref、*星*_下_ // 不是注释 = 不是标题");
        Assert.Contains(@"编号\#1 用 \$5 和 \[注\] 或 \<x\> 及 \@ref、#emph[星]#emph[下] \/\/ 不是注释 \= 不是标题", typst);
    }

    [Fact]
    public void AnEntryParagraphSetsItsTitleAsTheThemesEntry()
    {
        Assert.Equal("#entry[【项目投产】]一批项目建成投产。", Render("【项目投产】一批项目建成投产。").Trim());
        Assert.Equal("没有条目【括号】的段落。", Render("没有条目【括号】的段落。").Trim());
    }

    [Fact]
    public void HeadingsSitBelowTheCategoryAndChapterLevels()
    {
        Assert.StartsWith("#heading(level: 3, outlined: false)[概况]", Render("## 概况").Trim());
        Assert.StartsWith("#heading(level: 4, outlined: false)[细目]", Render("### 细目").Trim());
    }

    [Fact]
    public void ATableIsAThreeLineTableWithItsUnitLine()
    {
        var typst = Render("单位：万元\n\n| 指标 | 数值 |\n| --- | ---: |\n| 产值 | 152 |\n");
        Assert.Contains("#unit-line[单位：万元]", typst);
        Assert.Contains("#three-line-table(columns: 2, align: (left, right,), header: (strong([指标]), strong([数值]), ), [产值], [152])", typst);
        // A 单位 paragraph not followed by a table is an ordinary paragraph.
        Assert.DoesNotContain("unit-line", Render("单位：万元\n\n正文。"));
    }

    [Fact]
    public void ListsKeepTheirKindAndStart()
    {
        Assert.Contains("#list(tight: true, [甲], [乙])", Render("- 甲\n- 乙\n"));
        Assert.Contains("#enum(start: 3, tight: true, [丙], [丁])", Render("3. 丙\n4. 丁\n"));
    }

    [Fact]
    public void AFootnoteIsSetAtItsReference()
    {
        var typst = Render("正文[^1]，再引[^1]。\n\n[^1]: 注释内容。\n");
        Assert.Contains("正文#footnote([注释内容。])<c1-fn-1>，再引#footnote(<c1-fn-1>)。", typst);
    }

    [Fact]
    public void AnImageAloneIsAFigureWithItsAltTextAsCaption()
    {
        var typst = Render("![2024年城区夜景](../images/night.jpg)", url => url == "../images/night.jpg" ? "/2025/images/night.jpg" : null);
        Assert.Contains("#figure(image(\"/2025/images/night.jpg\", width: 80%), caption: [2024年城区夜景])", typst);
        // One that cannot be printed keeps its caption.
        Assert.Contains("#figure([], caption: [夜景])", Render("![夜景](https://example.org/x.jpg)"));
    }

    [Fact]
    public void NoConvertTextAndSoftLineBreaksBetweenChineseCharacters()
    {
        Assert.Equal("听风的蚕入驻园区", Render("-{听风的蚕}-入驻\n园区").Trim());
        Assert.Equal("word next", Render("word\nnext").Trim());
    }

    [Fact]
    public void TheFirstOccurrenceOfATermInASectionIsMarked()
    {
        var typst = Render("发展智能制造，智能制造园区。\n\n再谈智能制造。\n\n## 下一节\n\n又谈智能制造。", terms: ["智能制造"]);
        Assert.Contains("发展#term(\"智能制造\")智能制造，智能制造园区。", typst);
        Assert.Contains("再谈智能制造。", typst);
        Assert.Contains("又谈#term(\"智能制造\")智能制造。", typst);
    }
}
