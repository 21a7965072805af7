using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Model;
using Yearbook.Rendering;
using Yearbook.Rendering.Citations;

namespace Yearbook.Tests.Citations;

/// <summary>
/// Citations of the chronicle fixture's chapters and of an entry, against GB/T 7714-2015 strings written
/// by hand (the form of its example 8.1.2 for a contribution to a book online:
/// 楼梦麟, 杨燕. 汶川地震基岩地震动特性分析[M/OL]//同济大学土木工程防灾国家重点实验室. 汶川地震震害研究.
/// 上海: 同济大学出版社, 2011: 011-012[2013-05-09]. http://…), and the RIS, BibTeX and CSL-JSON records read
/// back by Citation.js, a parser the reference managers' world uses.
/// </summary>
public sealed class CitationTests(ChronicleFixture fixture) : IClassFixture<ChronicleFixture>
{
    private static readonly DateOnly Accessed = new(2026, 12, 7);

    [Fact]
    public void Chapter_citation_is_the_GBT7714_string_written_by_hand()
    {
        var citation = Cite("zh-hans", "2025/economy/01-industry.md");

        Assert.Equal(
            "测试区工业和信息化局, 测试区统计局. 工业[M/OL]//测试区地方志编纂委员会. 测试区年鉴（2025）. 郑州: 中州古籍出版社, 2025: 45[2026-12-07]. https://example.org/nianjian/zh-hans/2025/economy/industry/.",
            GbT7714.Format(citation, Accessed));
    }

    [Fact]
    public void Entry_citation_is_the_GBT7714_string_written_by_hand()
    {
        // An entry (条目) as the entries branch will hand it over: its title, its anchor and its printed page.
        var citation = Cite("zh-hans", "2025/economy/01-industry.md", new CitedEntry("项目投产", "项目投产", 46));

        Assert.Equal(
            "测试区工业和信息化局, 测试区统计局. 项目投产[M/OL]//测试区地方志编纂委员会. 测试区年鉴（2025）. 郑州: 中州古籍出版社, 2025: 46[2026-12-07]. https://example.org/nianjian/zh-hans/2025/economy/industry/#项目投产.",
            GbT7714.Format(citation, Accessed));
        Assert.Equal("yearbook-2025-industry-e" + Assert.Single(System.Text.RegularExpressions.Regex.Matches(citation.Key, "[0-9a-f]{8}$")).Value, citation.Key);
    }

    [Fact]
    public void Traditional_edition_cites_in_its_own_script_and_address()
    {
        var citation = Cite("zh-hant", "2025/chronicle/01-events.md");

        // No authors: the editor body is the contribution's author too. 志 becomes 誌 as OpenCC writes it.
        Assert.Equal(
            "測試區地方誌編纂委員會. 大事記[M/OL]//測試區地方誌編纂委員會. 測試區年鑑（2025）. 鄭州: 中州古籍出版社, 2025: 12[2026-12-07]. https://example.org/nianjian/zh-hant/2025/chronicle/events/.",
            GbT7714.Format(citation, Accessed));
    }

    [Fact]
    public void Unknown_place_and_publisher_and_a_fourth_author_are_written_as_the_standard_asks()
    {
        var citation = new Citation
        {
            Key = "k", Authors = ["甲", "乙", "丙", "丁"], Title = "篇", BookTitle = "某区年鉴（2025）", Editor = "某区史志办", Year = 2025,
            Url = "https://example.org/a/", Language = "zh-Hans",
        };

        Assert.Equal("甲, 乙, 丙, 等. 篇[M/OL]//某区史志办. 某区年鉴（2025）. [出版地不详]: [出版者不详], 2025[2026-12-07]. https://example.org/a/.",
            GbT7714.Format(citation, Accessed));
    }

    [Fact]
    public void Chapter_page_shows_the_citation_with_the_access_date_left_to_the_reader()
    {
        var page = fixture.Site.Page("/zh-hans/2025/economy/industry/");

        Assert.Equal(
            "测试区工业和信息化局, 测试区统计局. 工业[M/OL]//测试区地方志编纂委员会. 测试区年鉴（2025）. 郑州: 中州古籍出版社, 2025: 45[引用日期]. https://example.org/nianjian/zh-hans/2025/economy/industry/.",
            page.QuerySelector("#citation-text")!.TextContent);
        Assert.True(page.QuerySelector("[data-copy]")!.HasAttribute("hidden"), "the copy button shows only once the script can copy");
    }

    [Theory]
    [InlineData("zh-hans", "测试区工业和信息化局, 测试区统计局. 项目投产[M/OL]//测试区地方志编纂委员会. 测试区年鉴（2025）. 郑州: 中州古籍出版社, 2025: 45[引用日期]. https://example.org/nianjian/zh-hans/2025/economy/industry/#项目投产.")]
    [InlineData("zh-hant", "測試區工業和信息化局, 測試區統計局. 項目投產[M/OL]//測試區地方誌編纂委員會. 測試區年鑑（2025）. 鄭州: 中州古籍出版社, 2025: 45[引用日期]. https://example.org/nianjian/zh-hant/2025/economy/industry/#项目投产.")]
    public void Each_entry_on_the_chapter_page_offers_its_own_citation(string edition, string expected)
    {
        // The entry's title, and its address on the chapter page (the id is the same in both editions); the page is the
        // chapter's page: 45, as no printed book gives the entry's own.
        var page = fixture.Site.Page($"/{edition}/2025/economy/industry/");
        var box = page.QuerySelector("p#项目投产 + .entry-tools > details.entry-cite")!;

        Assert.Equal(expected, box.QuerySelector("#cite-项目投产")!.TextContent);
        Assert.Equal("cite-项目投产", box.QuerySelector("button[data-copy]")!.GetAttribute("data-copy"));
        Assert.Equal(3, box.QuerySelectorAll("a[download]").Length);
        Assert.Equal(edition == "zh-hans" ? "引用本条：项目投产" : "引用本條：項目投產", box.QuerySelector("summary")!.TextContent);
    }

    [Theory]
    [InlineData("ris", "x-research-info-systems")]
    [InlineData("bibtex", "x-bibtex")]
    [InlineData("csl", "vnd.citationstyles.csl+json")]
    public void Downloadable_entry_records_parse_and_carry_the_entry(string format, string mediaType)
    {
        var page = fixture.Site.Page("/zh-hans/2025/economy/industry/");
        var link = page.QuerySelectorAll(".entry-cite a[download]").Single(a => a.GetAttribute("href")!.StartsWith($"data:application/{mediaType};", StringComparison.Ordinal));
        var item = Parse(format, DataUriText(link.GetAttribute("href")!));

        Assert.Equal("项目投产", item.GetProperty("title").GetString());
        Assert.Equal("测试区年鉴（2025）", item.GetProperty("container-title").GetString());
        Assert.Equal(["测试区工业和信息化局", "测试区统计局"], Names(item.GetProperty("author")));
        Assert.Equal("45", item.GetProperty("page").GetString());
        // Citation.js reads BibTeX's url as an address and percent-encodes the Chinese fragment: the same address.
        Assert.Equal("https://example.org/nianjian/zh-hans/2025/economy/industry/#项目投产", Uri.UnescapeDataString(item.GetProperty("URL").GetString()!));
        Assert.Matches("^yearbook-2025-industry-e[0-9a-f]{8}$", item.GetProperty("id").GetString());
        Assert.StartsWith("industry-项目投产.", link.GetAttribute("download"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ris", "x-research-info-systems")]
    [InlineData("bibtex", "x-bibtex")]
    [InlineData("csl", "vnd.citationstyles.csl+json")]
    public void Downloadable_records_parse_and_carry_the_citation(string format, string mediaType)
    {
        var page = fixture.Site.Page("/zh-hans/2025/economy/industry/");
        var link = page.QuerySelectorAll("section.citation a[download]").Single(a => a.GetAttribute("href")!.StartsWith($"data:application/{mediaType};", StringComparison.Ordinal));
        var record = DataUriText(link.GetAttribute("href")!);

        var item = Parse(format, record);

        Assert.Equal("chapter", item.GetProperty("type").GetString());
        Assert.Equal("工业", item.GetProperty("title").GetString());
        Assert.Equal("测试区年鉴（2025）", item.GetProperty("container-title").GetString());
        Assert.Equal(["测试区工业和信息化局", "测试区统计局"], Names(item.GetProperty("author")));
        Assert.Equal(["测试区地方志编纂委员会"], Names(item.GetProperty("editor")));
        Assert.Equal("中州古籍出版社", item.GetProperty("publisher").GetString());
        Assert.Equal("郑州", item.GetProperty("publisher-place").GetString());
        Assert.Equal(2025, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("45", item.GetProperty("page").GetString());
        Assert.Equal("978-7-5348-1234-7", item.GetProperty("ISBN").GetString());
        Assert.Equal("https://example.org/nianjian/zh-hans/2025/economy/industry/", item.GetProperty("URL").GetString());
        Assert.Equal("zh-Hans", item.GetProperty("language").GetString());
        Assert.Equal("yearbook-2025-industry", item.GetProperty("id").GetString());
    }

    [Fact]
    public void BibTeX_escapes_what_TeX_would_read_as_markup()
    {
        var citation = new Citation
        {
            Key = "k", Authors = ["研究组{A}"], Title = "R&D_投入占比100% #1 ~ $5^2 \\ {x}", BookTitle = "书", Year = 2025,
            Url = "https://example.org/a/?b=1&c=2", Language = "zh-Hans",
        };

        var item = Parse("bibtex", BibTexRecord.Write(citation));

        Assert.Equal(citation.Title, item.GetProperty("title").GetString());
        Assert.Equal(["研究组{A}"], Names(item.GetProperty("author")));
        Assert.Equal(citation.Url, item.GetProperty("URL").GetString());
    }

    [Fact]
    public void CSL_JSON_record_has_the_fields_CSL_requires_and_a_type_of_its_list()
    {
        var citation = Cite("zh-hans", "2025/feature/01-plan.md");
        using var json = JsonDocument.Parse(CslJsonRecord.Write(citation));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        // csl-data.json requires id and type; type is one of CSL's item types.
        Assert.Equal("yearbook-2025-plan", item.GetProperty("id").GetString());
        Assert.Equal("chapter", item.GetProperty("type").GetString());
        Assert.False(item.TryGetProperty("page", out _), "no printed page is given for this chapter");
        Assert.Equal(JsonValueKind.Array, item.GetProperty("issued").GetProperty("date-parts")[0].ValueKind);
    }

    private Citation Cite(string edition, string path, CitedEntry? entry = null)
    {
        var diagnostics = new DiagnosticBag();
        var site = new SiteLoader(diagnostics).Load(ChronicleFixture.Folder)!;
        var target = Edition.All.Single(e => e.Code == edition);
        var converter = new EditionConverter(target, site.Config, site.Glossary);
        var chapterConverter = new ChapterConverter(new ChapterMarkdown(false));
        var chapters = site.Chapters.ToDictionary(c => c, c => chapterConverter.Convert(c, converter, _ => ""), (IEqualityComparer<Chapter>)ReferenceEqualityComparer.Instance);
        var contents = new TableOfContents(site, converter, chapters);
        var chapter = chapters.Values.Single(c => c.Source.Path == path);
        var urls = new SiteUrls(site.Config);
        return ChapterCitation.For(contents.VolumeOf(chapter.Source), chapter.Source, chapter.Title, chapter.Authors,
            urls.Absolute(urls.Chapter(target, chapter.Source)), target.Lang, entry);
    }

    private static string DataUriText(string href)
    {
        const string Marker = ";base64,";
        return Encoding.UTF8.GetString(Convert.FromBase64String(href[(href.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]));
    }

    private static string[] Names(JsonElement names) =>
        names.EnumerateArray().Select(n => (n.TryGetProperty("literal", out var l) ? l : n.GetProperty("family")).GetString()!).ToArray();

    /// <summary>Reads <paramref name="record"/> with Citation.js (tests/tools, installed by tests/setup) into a CSL-JSON item.</summary>
    private static JsonElement Parse(string format, string record)
    {
        var modules = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules");
        Assert.True(Directory.Exists(Path.Combine(modules, "@citation-js", "core")), $"Citation.js is not installed in {modules}: run tests/setup");
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, record, new UTF8Encoding(false));
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "Yearbook.Tests", "Citations", "parse-records.cjs"));
            start.ArgumentList.Add(format);
            start.ArgumentList.Add(file);
            start.Environment["NODE_PATH"] = modules;
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            Assert.True(node.WaitForExit(60_000), "node did not finish");
            Assert.True(node.ExitCode == 0, $"{format} record did not parse: {errors.Result}\n{record}");
            return JsonDocument.Parse(output.Result).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>The chronicle fixture (chronicles in two volumes, a feature, an appendix, publication details), built once.</summary>
public sealed class ChronicleFixture : IDisposable
{
    /// <summary>The fixture's site folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Yearbook.Tests", "Fixtures", "chronicle");

    /// <summary>The built site.</summary>
    public BuiltSite Site { get; } = BuiltSite.Build(Folder);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}
