using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

/// <summary>Small sites built for one search behaviour each.</summary>
public sealed class FoldedSearchTests
{
    [Fact]
    public void Simplified_query_finds_a_chapter_written_in_Traditional()
    {
        using var site = new TempSite()
            .Write("2025/01-salon.md", "---\ntitle: 美髮行業\nscript: hant\n---\n\n區內美髮店為居民理髮，頭髮護理服務增多。\n")
            .Write("2025/02-market.md", "---\ntitle: 市场监管\n---\n\n开展市场监管。头发制品抽检合格。\n")
            .Write("2025/03-roads.md", "---\ntitle: 道路建设\n---\n\n新建道路三条。\n");
        Assert.Equal(0, site.Build().ErrorCount);
        var index = new BuiltSearchIndex(site.Output);

        Assert.Equal(3, index.Documents);
        foreach (var query in new[] { "头发", "頭髮" })
        {
            Assert.Equal(["/zh-hans/2025/salon/", "/zh-hans/2025/market/"], index.Find(query).Select(id => index.Document("zh-hans", id).Url));
        }

        // Title first: 美发 is in the first chapter's title only.
        Assert.Equal("美髮行業", index.Document("zh-hant", index.Find("美发")[0]).Title);
        Assert.Equal("美发行业", index.Document("zh-hans", index.Find("美髮")[0]).Title);
    }

    [Fact]
    public void The_shard_count_grows_with_the_site()
    {
        static int Shards(int chapters)
        {
            using var site = new TempSite();
            var random = new Random(chapters);
            for (var i = 0; i < chapters; i++)
            {
                // Random CJK text, so the postings grow with the number of chapters.
                var text = new string([.. Enumerable.Range(0, 3000).Select(_ => (char)random.Next(0x4E00, 0x9FA5))]);
                site.Write($"2025/{i + 1:000}-c{i}.md", $"---\ntitle: 篇{i}\n---\n\n{text}\n");
            }

            Assert.Equal(0, site.Build(write: true).ErrorCount);
            var index = new BuiltSearchIndex(site.Output);
            var largest = Directory.GetFiles(Path.Combine(site.Output, "search", "shards")).Max(f => new FileInfo(f).Length);
            Assert.True(largest < 2 * SearchShards.TargetBytes, $"a shard of {largest} bytes");
            return index.Shards;
        }

        var small = Shards(2);
        var large = Shards(40);
        Assert.True(large > small * 5, $"{small} shards for 2 chapters, {large} for 40");
    }
}
