using System.Text.Json;
using System.Text.RegularExpressions;
using Yearbook.Print;

namespace Yearbook.Tests.Print;

/// <summary>
/// Entries (条目) know their printed page: <c>print.json</c> lists it under their chapter, the chapter page shows
/// 印刷版第N页 beside the entry, linked to that page of the PDF, and the entry's citation gives it.
/// </summary>
public sealed class EntryPrintPageTests
{
    // A chapter whose entries fall on different pages: each opens after a page or so of text.
    private static readonly string Filler = string.Concat(Enumerable.Repeat("源汇区经济社会发展情况良好。", 150));

    private static TempSite Site()
    {
        var site = new TempSite("title: 测试区年鉴\ndistrict: 测试区\nglossary: glossary.yml\neditor: 测试区史志办\npublisher: 测试出版社\npublisher_place: 郑州\nprint:\n  paper: a4\n");
        site.Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\n");
        site.Write("2025/01-industry.md",
            $"---\ntitle: 工业\npage: 99\n---\n{Filler}\n\n【项目投产】曙光项目建成投产。{Filler}\n\n【招商引资】引进汽车导航项目。{Filler}\n\n### 【园区建设】\n\n园区道路建成。\n");
        return site;
    }

    [Fact]
    public void Each_entry_shows_and_cites_the_page_it_is_printed_on()
    {
        using var site = Site();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        foreach (var edition in (string[])["zh-hans", "zh-hant"])
        {
            var pdf = Path.Combine(site.Output, edition, "2025", $"2025-{edition}.pdf");
            var html = site.ReadOutput($"{edition}/2025/industry/index.html");
            var pages = new List<int>();
            foreach (var (id, hans, hant) in new[] { ("项目投产", "【项目投产】", "【項目投產】"), ("招商引资", "【招商引资】", "【招商引資】"), ("园区建设", "【园区建设】", "【園區建設】") })
            {
                // The entry's line under it: 印刷版第N页, linked to the PDF's page.
                var link = Regex.Match(html, $"id=\"{id}\" class=\"entry\">.*?</(?:p|h3)>\\s*<div class=\"entry-tools\">\\s*<a class=\"entry-print\" href=\"/{edition}/2025/2025-{edition}\\.pdf#page&#x3D;(\\d+)\">印刷版第(\\d+)[页頁]</a>", RegexOptions.Singleline);
                Assert.True(link.Success, $"{edition}: no print page beside {id}");
                var (physical, printed) = (int.Parse(link.Groups[1].Value), int.Parse(link.Groups[2].Value));
                var text = Regex.Replace(PrintedSample.PageText(pdf, physical), @"\s", "");
                Assert.Contains(edition == "zh-hans" ? hans : hant, text);
                Assert.EndsWith(printed.ToString(System.Globalization.CultureInfo.InvariantCulture), text); // the number at the page's foot
                // The entry's citation gives that page.
                var cite = Regex.Match(html, $"id=\"cite-{id}\">([^<]*)<").Groups[1].Value;
                Assert.EndsWith($", 2025: {printed}[", cite);
                pages.Add(printed);
            }

            Assert.True(pages[0] < pages[1], $"the entries should fall on different pages: {string.Join(", ", pages)}");
            // The chapter's own citation gives the page the book starts it on, not the page: the editor wrote before it was printed.
            var chapterPage = Regex.Match(html, "<dd><a href=\"[^\"]*#page&#x3D;\\d+\">印刷版第(\\d+)[页頁]</a></dd>").Groups[1].Value;
            Assert.NotEqual("", chapterPage);
            Assert.EndsWith($", 2025: {chapterPage}[", Regex.Match(html, "id=\"citation-text\">([^<]*)<").Groups[1].Value);
        }
    }

    [Fact]
    public void Print_json_lists_each_entry_with_its_page_under_its_chapter()
    {
        using var site = Site();
        var folder = Path.Combine(site.Root, "_print-test");
        var run = PrintRun.Run(site.Content, [], ["zh-hans"], folder);
        Assert.Empty(run.Diagnostics);

        var book = Assert.Single(JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, PrintRun.PageFile))).RootElement.EnumerateArray().ToList());
        var chapter = Assert.Single(book.GetProperty("chapters").EnumerateArray().ToList());
        var entries = chapter.GetProperty("entries").EnumerateArray().Select(e => (Id: e.GetProperty("id").GetString()!, Page: e.GetProperty("page").GetInt32(), Printed: e.GetProperty("printed").GetInt32())).ToList();
        Assert.Equal(["项目投产", "招商引资", "园区建设"], entries.Select(e => e.Id));
        var pdf = Path.Combine(folder, book.GetProperty("pdf").GetString()!);
        foreach (var (id, page, printed) in entries)
        {
            var text = Regex.Replace(PrintedSample.PageText(pdf, page), @"\s", "");
            Assert.Contains($"【{id}】", text);
            Assert.EndsWith(printed.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        }
    }
}
