using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

public sealed class SearchShardsTests
{
    [Theory]
    // Expected shards worked out with an independent Python implementation of FNV-1a over UTF-16
    // units plus MurmurHash3's finaliser (the hashes were 3998891126, 1863052952, 2252044277,
    // 444641715 and 2251995173); search.js must agree, which the browser tests check end to end.
    [InlineData("医疗", 126)]
    [InlineData("器械", 952)]
    [InlineData("扶贫", 277)]
    [InlineData("a", 715)]
    [InlineData("𠀀", 173)]
    public void The_hash_is_the_documented_one(string key, int shard) => Assert.Equal(shard, SearchShards.Of(key, 1000));

    [Fact]
    public void Keys_spread_evenly_over_the_shards()
    {
        var keys = SearchKeys.Of(ScriptFold.Chinese.Fold(string.Concat(Enumerable.Range(0x4E00, 3000).Select(c => (char)c))));
        var sizes = keys.GroupBy(k => SearchShards.Of(k, 16)).Select(g => g.Count()).ToList();
        Assert.Equal(16, sizes.Count);
        var mean = keys.Count / 16.0;
        Assert.All(sizes, size => Assert.InRange(size, mean * 0.75, mean * 1.25));
    }

    [Fact]
    public void The_shard_count_grows_with_the_index()
    {
        Assert.Equal(1, SearchShards.CountFor(0));
        Assert.Equal(1, SearchShards.CountFor(SearchShards.TargetBytes));
        Assert.Equal(2, SearchShards.CountFor(SearchShards.TargetBytes + 1));
        Assert.Equal(1000, SearchShards.CountFor(1000L * SearchShards.TargetBytes));
    }
}
