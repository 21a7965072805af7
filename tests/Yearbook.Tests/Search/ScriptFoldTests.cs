using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

public sealed class ScriptFoldTests
{
    private static readonly ScriptFold Fold = ScriptFold.Chinese;

    [Theory]
    [InlineData("醫療器械", "医疗器械")]
    [InlineData("頭髮", "头发")]
    [InlineData("發展", "发展")]
    [InlineData("裡面", "里面")] // Taiwan form
    [InlineData("裏面", "里面")] // Hong Kong / OpenCC form
    [InlineData("扶貧", "扶贫")]
    [InlineData("源匯區", "源汇区")]
    public void Traditional_and_Simplified_fold_alike(string traditional, string simplified)
    {
        Assert.Equal(simplified, Fold.Fold(traditional));
        Assert.Equal(simplified, Fold.Fold(simplified));
    }

    [Fact]
    public void Simplified_text_is_left_as_it_is()
    {
        const string text = "全区地区生产总值增长6.5%，医疗器械产业集群加快发展。";
        Assert.Equal("全区地区生产总值增长6.5%，医疗器械产业集群加快发展。", Fold.Fold(text));
    }

    [Fact]
    public void Latin_letters_and_digits_fold_to_lower_case_ascii()
    {
        Assert.Equal("gdp增长2024", Fold.Fold("ＧＤＰ增长２０２４"));
        Assert.Equal("gdp", Fold.Fold("GDP"));
        Assert.Equal("，（）", Fold.Fold("，（）"));
    }

    [Fact]
    public void Folding_keeps_the_length_so_positions_carry_over()
    {
        const string text = "頭髮𠀀ＡＢ，醫療";
        Assert.Equal(text.Length, Fold.Fold(text).Length);
    }

    [Fact]
    public void The_table_is_what_Fold_does_and_folding_twice_changes_nothing()
    {
        Assert.True(Fold.Pairs.Count > 2000, $"only {Fold.Pairs.Count} pairs");
        foreach (var (from, to) in Fold.Pairs)
        {
            Assert.NotEqual(from, to);
            Assert.Equal(to, Fold.Fold(from));
            Assert.Equal(to, Fold.Fold(to));
        }

        Assert.Equal(Fold.Pairs.Select(p => p.From).Order(), Fold.Pairs.Select(p => p.From));
    }
}
