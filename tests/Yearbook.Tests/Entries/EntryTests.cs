using Yearbook.Diagnostics;
using Yearbook.Tests.Search;
using Yearbook.Tests.Snapshots;

namespace Yearbook.Tests.Entries;

/// <summary>
/// Entries (条目, issue 23): a paragraph or heading that opens with 【…】 has an id from its title, the
/// same in both editions, is listed in the contents, can be linked, is a search result of its own and
/// a target of the subject index; figures and tables are numbered with their captions.
/// </summary>
public sealed class EntryTests
{
    /// <summary>An entries chapter with what the markup allows: tags, a repeated title, a heading entry, a figure and a titled table.</summary>
    private const string Industry = """
        ---
        title: 工业发展
        category: 经济
        ---

        2024年，全区工业平稳增长。

        ## 智能制造

        【项目投产】{医疗器械 智能制造}曙光医疗器械综合生产项目建成投产，年产能翻番。

        【招商引资】围绕固链强链，引进汽车导航整机设备项目。

        【项目投产】美沙瓦医疗二期项目下半年建成投产。

        ![园区全景](images/park.png "智能制造产业园全景|区融媒体中心 供图")

        ## 【循环经济】{再生资源}

        再生金属回收利用项目年处理废旧金属10万吨。

        表3 主要工业指标（单位：亿元）

        | 指标 | 2024年 |
        | --- | --- |
        | 规上工业增加值 | 120.5 |
        """;

    private static TempSite Site() => new TempSite()
        .Write("2025/01-industry.md", Industry)
        .Write("2025/images/park.png", "png")
        .Write("2025/02-links.md", "---\ntitle: 链接\ncategory: 经济\n---\n\n见[项目投产](01-industry.md#项目投产)、[第二个](01-industry.md#项目投产-2)、[繁体写法](01-industry.md#項目投產)和[表](01-industry.md#table-1)。\n");

    private static string MainElement(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length;
        return html[start..end];
    }

    [Fact]
    public void An_entry_has_its_id_from_the_title_the_same_in_both_editions_and_repeated_titles_are_numbered()
    {
        using var site = Site();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);

        var hans = site.ReadOutput("zh-hans/2025/industry/index.html");
        var hant = site.ReadOutput("zh-hant/2025/industry/index.html");
        Assert.Contains("<p id=\"项目投产\" class=\"entry\"><strong class=\"entry-title\">【项目投产】</strong>曙光医疗器械综合生产项目", hans, StringComparison.Ordinal);
        Assert.Contains("<p id=\"项目投产\" class=\"entry\"><strong class=\"entry-title\">【項目投產】</strong>曙光醫療器械綜合生產項目", hant, StringComparison.Ordinal);
        Assert.Contains("<p id=\"项目投产-2\" class=\"entry\">", hans, StringComparison.Ordinal);
        Assert.Contains("<p id=\"项目投产-2\" class=\"entry\">", hant, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"循环经济\" class=\"entry\"><strong class=\"entry-title\">【循环经济】</strong></h2>", hans, StringComparison.Ordinal);
        Assert.DoesNotContain("{医疗器械", hans, StringComparison.Ordinal); // the tags are not text

        // Listed in the contents, under their heading, without brackets.
        Assert.Contains("<li class=\"toc-level-3\"><a href=\"#项目投产\">项目投产</a></li>", hans, StringComparison.Ordinal);
        Assert.Contains("<li class=\"toc-level-3\"><a href=\"#项目投产-2\">項目投產</a></li>", hant, StringComparison.Ordinal);
        Assert.Contains("<li class=\"toc-level-2\"><a href=\"#循环经济\">循环经济</a></li>", hans, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_link_resolves_in_either_script_and_a_missing_one_is_reported()
    {
        using var site = Site().Write("2025/03-bad.md", "---\ntitle: 坏链接\ncategory: 经济\n---\n\n见[无此条目](01-industry.md#无此条目)。\n");
        var result = site.Build();

        var broken = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenAnchor, broken.Code);
        Assert.Equal("2025/03-bad.md", broken.Location.Path);
        var links = site.ReadOutput("zh-hant/2025/links/index.html");
        Assert.Contains("href=\"/zh-hant/2025/industry/#%E9%A1%B9%E7%9B%AE%E6%8A%95%E4%BA%A7\"", links, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh-hant/2025/industry/#%E9%A1%B9%E7%9B%AE%E6%8A%95%E4%BA%A7-2\"", links, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh-hant/2025/industry/#table-1\"", links, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_entry_is_a_search_document_of_its_own_that_lands_on_it()
    {
        using var site = Site();
        site.Build();
        var index = new BuiltSearchIndex(site.Output);

        // 美沙瓦 is written only in the second 项目投产: that entry is the one result, not its chapter.
        var found = Assert.Single(index.Find("美沙瓦"));
        var (title, url, context, _) = index.Document("zh-hant", found);
        Assert.Equal("項目投產", title);
        Assert.Equal("/zh-hant/2025/industry/#项目投产-2", url);
        Assert.EndsWith("工業發展", context, StringComparison.Ordinal);

        // A query in Traditional finds the Simplified entry; its tags are searched too.
        Assert.Equal(index.Find("招商引资"), index.Find("招商引資"));
        Assert.Contains(index.Find("再生资源"), id => index.Document("zh-hans", id).Url == "/zh-hans/2025/industry/#循环经济");

        // The chapter's own text outside its entries still finds the chapter.
        Assert.Contains(index.Find("平稳增长"), id => index.Document("zh-hans", id).Url == "/zh-hans/2025/industry/");
    }

    [Fact]
    public void The_subject_index_links_entries_by_title_and_by_tag()
    {
        using var site = Site();
        site.Build();
        // 项目投产 and 医疗器械 are under X and Y, 循环经济 under X.
        var subjects = site.ReadOutput("zh-hans/subjects/x/index.html") + site.ReadOutput("zh-hans/subjects/y/index.html");

        Assert.Contains("<dd class=\"subject-to-entry\"><a href=\"/zh-hans/2025/industry/#项目投产\">【项目投产】</a>", subjects, StringComparison.Ordinal);
        var tag = subjects[subjects.IndexOf("id=\"tag-医疗器械\"", StringComparison.Ordinal)..];
        Assert.StartsWith("id=\"tag-医疗器械\"", tag, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/zh-hans/2025/industry/#项目投产\">", tag[..tag.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var hant = site.ReadOutput("zh-hant/subjects/x/index.html");
        Assert.Contains("<a href=\"/zh-hant/2025/industry/#循环经济\">【循環經濟】</a>", hant, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_and_tables_are_numbered_per_chapter_with_their_captions()
    {
        using var site = Site();
        site.Build();
        var hans = site.ReadOutput("zh-hans/2025/industry/index.html");
        var hant = site.ReadOutput("zh-hant/2025/industry/index.html");

        Assert.Contains("<figure id=\"figure-1\" class=\"figure\">", hans, StringComparison.Ordinal);
        Assert.Contains("<figcaption>图1 智能制造产业园全景 <em class=\"credit\">区融媒体中心 供图</em></figcaption>", hans, StringComparison.Ordinal);
        Assert.Contains("<figcaption>圖1 智能製造產業園全景 <em class=\"credit\">區融媒體中心 供圖</em></figcaption>", hant, StringComparison.Ordinal);
        Assert.DoesNotContain("title=\"智能制造", hans, StringComparison.Ordinal);

        // The title line, written 表3, is the first table's caption, kept with it and listed in the contents.
        Assert.Contains("<figure id=\"table-1\" class=\"table-figure\">\n<figcaption>表1 主要工业指标（单位：亿元）</figcaption>\n<div class=\"table-scroll\"", hans, StringComparison.Ordinal);
        Assert.DoesNotContain("表3", hans, StringComparison.Ordinal);
        Assert.Contains("<li class=\"toc-level-3\"><a href=\"#table-1\">表1 主要工業指標（單位：億元）</a></li>", hant, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public void Entries_chapter(string edition)
    {
        using var site = Site();
        site.Build();
        Snapshot.Match(MainElement(site.ReadOutput($"{edition}/2025/industry/index.html")), "html", edition);
    }
}
