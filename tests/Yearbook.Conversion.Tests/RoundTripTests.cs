namespace Yearbook.Conversion.Tests;

public class RoundTripTests
{
    [Fact]
    public void Plain_text_survives_s2t_and_back()
    {
        var result = RoundTrip.Create().Check("今天天气很好");
        Assert.True(result.Holds);
        Assert.Equal("今天天氣很好", result.Converted);
    }

    [Fact]
    public void A_character_that_loses_information_does_not_round_trip()
    {
        // Traditional 遊戲 in a Simplified chapter: s2t leaves it, t2s makes it 游戏.
        var result = RoundTrip.Create().Check("遊戲");
        Assert.False(result.Holds);
        Assert.Equal("遊戲", result.Converted);
        Assert.Equal("游戏", result.Back);
    }

    [Fact]
    public void Between_uses_the_given_converters()
    {
        var forward = ChineseConverter.Create("s2t");
        var backward = ChineseConverter.Create("t2s").WithGlossary([new("遊戲", "遊戲")]);
        Assert.True(RoundTrip.Between(forward, backward).Check("遊戲").Holds);
    }
}
