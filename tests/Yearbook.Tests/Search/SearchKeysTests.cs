using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

public sealed class SearchKeysTests
{
    [Fact]
    public void Keys_are_every_character_and_every_pair_of_neighbours()
    {
        // In ordinal order: 械 is U+68B0, 疗 U+7597.
        Assert.Equal(["医", "医疗", "器", "器械", "械", "疗", "疗器"], SearchKeys.Of("医疗器械"));
    }

    [Fact]
    public void A_pair_is_found_inside_a_longer_word()
    {
        Assert.Contains("扶贫", SearchKeys.Of("推进精准扶贫工作"));
    }

    [Fact]
    public void Punctuation_and_spaces_break_pairs()
    {
        var keys = SearchKeys.Of("医疗，器械 产业");
        Assert.DoesNotContain("疗器", keys);
        Assert.DoesNotContain("械产", keys);
        Assert.Contains("器械", keys);
        Assert.DoesNotContain("，", keys);
        Assert.DoesNotContain(" ", keys);
    }

    [Fact]
    public void Digits_and_latin_letters_are_keys_too()
    {
        var keys = SearchKeys.Of(ScriptFold.Chinese.Fold("GDP增长6.5%"));
        Assert.Contains("gd", keys);
        Assert.Contains("p增", keys);
        Assert.Contains("6", keys);
        Assert.DoesNotContain("6.", keys);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_its_two_units()
    {
        // search.js walks the query by UTF-16 units as well.
        Assert.Equal(["\uD840", "\uD840\uDC00", "\uDC00"], SearchKeys.Of("𠀀"));
    }

    [Theory]
    [InlineData('医', true)]
    [InlineData('〇', true)]
    [InlineData('a', true)]
    [InlineData('7', true)]
    [InlineData('，', false)]
    [InlineData('“', false)]
    [InlineData('\n', false)]
    [InlineData('%', false)]
    public void Letters_and_digits_of_any_script_are_tokens(char c, bool token) => Assert.Equal(token, SearchKeys.IsToken(c));
}
