using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

public sealed class PostingListTests
{
    [Theory]
    // Worked out by hand: each number is written as its gap to the previous one minus one.
    [InlineData(new[] { 0 }, "0")]
    [InlineData(new[] { 0, 1, 2 }, "000")]
    [InlineData(new[] { 31 }, "v")]
    [InlineData(new[] { 32 }, "B0")] // 32 = 1·32 + 0
    [InlineData(new[] { 5, 40 }, "5B2")] // gaps 5, then 40-5-1 = 34 = 1·32 + 2
    [InlineData(new[] { 1024 }, "BA0")] // 1024 = 1·32² + 0·32 + 0
    public void Encodes_gaps_in_base_32(int[] ids, string expected)
    {
        Assert.Equal(expected, PostingList.Encode(ids));
        Assert.Equal(ids, PostingList.Decode(expected));
    }

    [Fact]
    public void Round_trips_long_lists()
    {
        var random = new Random(7);
        var ids = Enumerable.Range(0, 3000).Select(_ => random.Next(200_000)).Distinct().Order().ToList();
        Assert.Equal(ids, PostingList.Decode(PostingList.Encode(ids)));
    }

    [Fact]
    public void Numbers_must_ascend() =>
        Assert.Throws<ArgumentException>(() => PostingList.Encode([3, 3]));

    [Fact]
    public void Only_json_safe_characters_are_written()
    {
        var text = PostingList.Encode(Enumerable.Range(0, 50).Select(i => i * i * i));
        Assert.All(text, c => Assert.True(c is > ' ' and < '\x7F' and not '"' and not '\\' and not ','));
    }
}
