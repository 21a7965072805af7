using System.Text.RegularExpressions;
using Yearbook.Indexes.Search;
using Yearbook.Model;

namespace Yearbook.Tests.Search;

/// <summary>The search index of the sample yearbook, read the way the browser reads it.</summary>
public sealed partial class SampleSearchTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private readonly BuiltSearchIndex _index = new(sample.Site.Output);

    [Fact]
    public void Both_scripts_find_the_same_chapters_the_ones_that_contain_the_words()
    {
        var expected = SourcesContaining("医疗器械", "醫療器械");
        Assert.True(expected.Count >= 3, "the sample should mention 医疗器械 in several chapters");
        Assert.Equal(expected, Chapters(_index.Find("医疗器械")));
        Assert.Equal(expected, Chapters(_index.Find("醫療器械")));
    }

    [Fact]
    public void A_two_character_query_matches_inside_longer_words()
    {
        var expected = SourcesContaining("扶贫", "扶貧");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Chapters(_index.Find("扶贫")));
        Assert.Equal(expected, Chapters(_index.Find("扶貧")));
    }

    [Fact]
    public void Title_hits_come_first()
    {
        var found = _index.Find("鄉村振興");
        var inTitle = found.Select(id => _index.Document("zh-hans", id).Title.Contains("乡村振兴", StringComparison.Ordinal)).ToList();
        Assert.Contains(true, inTitle);
        Assert.Contains(false, inTitle);
        Assert.Equal(inTitle.OrderByDescending(t => t), inTitle);
    }

    [Fact]
    public void A_query_with_no_match_finds_nothing()
    {
        Assert.Empty(_index.Find("量子计算机"));
        Assert.Empty(_index.Find("，。"));
    }

    [Fact]
    public void Each_edition_has_its_own_documents_linking_to_its_own_pages()
    {
        var id = _index.Find("主導產業")[0];
        Assert.Equal("主导产业", _index.Document("zh-hans", id).Title);
        Assert.Equal("主導產業", _index.Document("zh-hant", id).Title);
        for (var n = 0; n < _index.Documents; n++)
        {
            foreach (var edition in new[] { "zh-hans", "zh-hant" })
            {
                var document = _index.Document(edition, n);
                Assert.StartsWith($"/{edition}/", document.Url, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(sample.Site.Output, document.Url.Split('#')[0].Trim('/'), "index.html")), document.Url);
                Assert.NotEmpty(document.Text);
            }

            Assert.Equal(_index.Document("zh-hans", n).Url[9..], _index.Document("zh-hant", n).Url[9..]);
        }
    }

    [Fact]
    public void Every_key_is_in_the_shard_it_hashes_to()
    {
        Assert.Equal(Directory.GetFiles(Path.Combine(sample.Site.Output, "search", "shards")).Length, _index.Shards);
        for (var n = 0; n < _index.Shards; n++)
        {
            Assert.All(_index.Shard(n).Keys, key => Assert.Equal(n, SearchShards.Of(key, _index.Shards)));
        }
    }

    [Fact]
    public void The_browser_folds_with_the_generator_table()
    {
        Assert.Equal(ScriptFold.Chinese.Pairs.Select(p => KeyValuePair.Create(p.From, p.To)), _index.Fold.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_search_page_names_the_index_files()
    {
        var results = sample.Site.Page("/zh-hant/search/").QuerySelector("#search-results")!;
        Assert.Equal("/search/index.json", results.GetAttribute("data-index-url"));
        Assert.Equal("/search/shards/", results.GetAttribute("data-shards-url"));
        Assert.Equal("/zh-hant/search/docs/", results.GetAttribute("data-documents-url"));
        Assert.Equal("idle", results.GetAttribute("data-state"));
        Assert.Equal("篇相關內容", results.GetAttribute("data-text-found-unit"));
    }

    [Fact]
    public void The_search_page_loads_the_index_settings_as_a_script_before_search_js()
    {
        var scripts = sample.Site.Page("/zh-hans/search/").QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.True(scripts.IndexOf("/search/index.js") is >= 0 and var at && at < scripts.IndexOf("/assets/search.js"), string.Join(", ", scripts));

        // The script holds index.json as it is: the browser reads the same settings either way.
        var script = File.ReadAllText(Path.Combine(sample.Site.Output, "search", "index.js"));
        var json = File.ReadAllText(Path.Combine(sample.Site.Output, "search", "index.json")).TrimEnd('\n');
        Assert.Equal("window.yearbookSearchIndex = " + json + ";\n", script);
    }

    // The chapters whose source file contains any of the words, as "volume/[category/]slug/".
    private static List<string> SourcesContaining(params string[] words) =>
        [.. Directory.EnumerateFiles(BuiltSite.SampleFolder, "*.md", SearchOption.AllDirectories)
            .Where(file => words.Any(File.ReadAllText(file).Contains))
            .Select(file => Path.GetRelativePath(BuiltSite.SampleFolder, file).Replace('\\', '/'))
            .Select(path => NumberPrefix().Replace(path[..^3], "/") + "/")
            .Order(StringComparer.Ordinal)];

    /// <summary>The chapters of the documents found: a chapter is found by its own text or by one of its entries (…/#entry).</summary>
    private List<string> Chapters(IEnumerable<int> ids) =>
        [.. ids.Select(id => _index.Document("zh-hans", id).Url["/zh-hans/".Length..].Split('#')[0]).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex("/[0-9]+-")]
    private static partial Regex NumberPrefix();
}
