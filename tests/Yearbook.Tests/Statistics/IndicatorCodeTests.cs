using Yearbook.Indexes.Statistics;

namespace Yearbook.Tests.Statistics;

/// <summary>The indicator codes in the statistics pages' addresses and the downloads.</summary>
public sealed class IndicatorCodeTests
{
    [Theory]
    [InlineData("地区生产总值", "dqsczz")]
    [InlineData("规模以上工业增加值", "gmysgyzjz")]
    [InlineData("GDP 增速", "gdp-zs")]                 // ASCII kept, lower-cased; a space is one '-'
    [InlineData("创建“生态宜居星”行政村", "cj-styjx-xzc")] // punctuation is one '-', never at either end
    [InlineData("5G基站", "5gjz")]
    [InlineData("“”", "x")]                             // nothing to spell: still a code
    public void Code_is_the_pinyin_initials_of_the_simplified_indicator(string indicator, string code) =>
        Assert.Equal(code, IndicatorCode.Of(indicator));

    [Fact]
    public void Like_coded_indicators_are_numbered_by_their_names_not_by_the_order_they_come_in()
    {
        (string, string)[] keys = [("生猪存栏", "szcl"), ("生猪出栏", "szcl"), ("深圳产量", "szcl"), ("地区生产总值", "dqsczz")];
        var codes = IndicatorCode.Number(keys);
        // 深 (U+6DF1) < 生 (U+751F), and 出 (U+51FA) < 存 (U+5B58): the first in ordinal order keeps the plain code.
        Assert.Equal("szcl", codes["深圳产量"]);
        Assert.Equal("szcl-2", codes["生猪出栏"]);
        Assert.Equal("szcl-3", codes["生猪存栏"]);
        Assert.Equal("dqsczz", codes["地区生产总值"]);
        Assert.Equal(codes, IndicatorCode.Number(keys.Reverse()));
    }

    [Fact]
    public void A_numbered_code_never_takes_another_indicator_s_plain_code_nor_a_folder_name()
    {
        var codes = IndicatorCode.Number([("甲", "ab"), ("乙", "ab"), ("ab-2", "ab-2"), ("类目", "category")]);
        Assert.Equal("ab-2", codes["ab-2"]);
        Assert.Equal("ab", codes["乙"]); // 乙 (U+4E59) < 甲 (U+7532)
        Assert.Equal("ab-3", codes["甲"]);
        Assert.Equal("category-2", codes["类目"]); // statistics/category/ holds the category pages
    }
}
