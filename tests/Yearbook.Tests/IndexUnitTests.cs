using System.Globalization;
using Yearbook.Indexes;
using Yearbook.Indexes.Downloads;
using Yearbook.Indexes.Statistics;
using Yearbook.Indexes.Subjects;

namespace Yearbook.Tests;

public sealed class PinyinCollationTests
{
    private readonly PinyinCollation _pinyin = new();

    [Fact]
    public void IcuIsAvailable()
    {
        // Without ICU (.NET's invariant mode) zh-CN is unavailable or compares by code point, where 北 (U+5317)
        // comes before 安 (U+5B89); in pinyin order bei comes after an.
        Assert.False(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        Assert.True(string.CompareOrdinal("北京", "安全") < 0);
        Assert.True(string.Compare("北京", "安全", CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.None) > 0);
    }

    [Fact]
    public void SyllableCharactersAreInPinyinOrderUnderTheirOwnLetter()
    {
        var compare = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
        var syllables = PinyinCollation.SyllableTable.Split(' ').Select(s => (Pinyin: s[..^1], Character: s[^1].ToString())).ToList();
        Assert.True(syllables.Count > 390);
        for (var i = 1; i < syllables.Count; i++)
        {
            Assert.True(compare.Compare(syllables[i - 1].Character, syllables[i].Character) < 0, $"{syllables[i - 1]} before {syllables[i]}");
        }

        Assert.All(syllables, s => Assert.Equal(s.Pinyin[..1].ToUpperInvariant(), _pinyin.LetterOf(s.Character)));
    }

    [Theory]
    [InlineData("安全", "A")]
    [InlineData("北京", "B")]
    [InlineData("长江", "C")] // ICU alone reads 长 zhǎng
    [InlineData("重庆", "C")]
    [InlineData("漯河", "L")]
    [InlineData("马村", "M")] // the classic table's 痳 would put M words under L
    [InlineData("召陵", "Z")]
    [InlineData("EOD产业园", "E")]
    [InlineData("2022年发展部署", "#")]
    public void LetterOfOrdinaryHeadings(string heading, string letter) =>
        Assert.Equal(letter, _pinyin.LetterOf(_pinyin.CollationText(heading, null)));

    [Theory]
    [InlineData("单", "shan", "S")]
    [InlineData("召陵", "zhaoling", "Z")]
    [InlineData("区", "ou", "O")]
    [InlineData("区十五届人大", "qu shiwujie renda", "Q")]
    [InlineData("吕", "Lǚ", "L")]
    public void SortKeyDecidesTheLetter(string heading, string sortKey, string letter) =>
        Assert.Equal(letter, _pinyin.LetterOf(_pinyin.CollationText(heading, sortKey)));

    [Fact]
    public void SortKeysInterleaveWithOtherHeadings()
    {
        var texts = new[] { ("召陵", "zhaoling"), ("中国", null), ("赵庄", null), ("单", "shan"), ("山东", null), ("社会", null), ("三门峡", null) }
            .Select(h => (Heading: h.Item1, Text: _pinyin.CollationText(h.Item1, h.Item2)))
            .OrderBy(h => h.Text, _pinyin.Comparer)
            .Select(h => h.Heading);
        Assert.Equal(["三门峡", "单", "山东", "社会", "召陵", "赵庄", "中国"], texts);
    }

    [Fact]
    public void LettersAgreeWithIcusOwnIndexBoundariesOnTheSampleHeadings()
    {
        // ICU's pinyin collation has index boundaries of its own (U+FDD0 followed by the letter); the
        // hand-checked table must give the same letter for every heading of the sample written in Simplified.
        var compare = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
        string IcuLetter(string text) => Enumerable.Range('A', 26).Select(c => ((char)c).ToString())
            .LastOrDefault(c => compare.Compare(text, "\uFDD0" + c) >= 0) ?? "#";
        var site = new Yearbook.Content.SiteLoader(new Yearbook.Diagnostics.DiagnosticBag()).Load(RepositoryPaths.SampleSite)!;
        var headings = site.Chapters.Where(c => c.FrontMatter.Script == Yearbook.Content.Script.Hans)
            .SelectMany(c => c.FrontMatter.Tags.Append(c.FrontMatter.Title).Append(c.FrontMatter.Category ?? ""))
            .Where(h => h.Length > 0 && char.GetUnicodeCategory(h[0]) == UnicodeCategory.OtherLetter)
            .Distinct()
            .ToList();
        Assert.True(headings.Count > 50);
        Assert.All(headings, h => Assert.Equal(IcuLetter(h), _pinyin.LetterOf(h)));
    }

    [Fact]
    public void PinyinThatIsNotPinyinIsIgnored() => Assert.Null(PinyinCollation.SpellPinyin("xyz"));
}

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("+6.5%", "+6.5%")]
    [InlineData("-3", "-3")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    public void FieldsAreQuotedAndNeutralised(string value, string expected) => Assert.Equal(expected, CsvTable.Field(value));

    [Fact]
    public void RowsEndInCrlfAndTheFileStartsWithABom()
    {
        var bytes = new CsvTable("a", "b").Row("1", null).ToBytes();
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'a', (byte)',', (byte)'b', 13, 10, (byte)'1', (byte)',', 13, 10], bytes);
    }
}

public sealed class PeriodOrderTests
{
    [Fact]
    public void PeriodsSortByTheSpanTheyCover()
    {
        string[] periods = ["2025-01-28/2025-02-04", "2024", "2016", "2020-Q1-Q3", "2012", "2020", "2012-2022", "2020-09", "someday"];
        Assert.Equal(["2012", "2016", "2020-Q1-Q3", "2020-09", "2020", "2012-2022", "2024", "2025-01-28/2025-02-04", "someday"],
            periods.OrderBy(p => p, PeriodOrder.Instance));
    }

    [Fact]
    public void SpansAreRead()
    {
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 9, 30)), PeriodOrder.Span("2020-Q1-Q3"));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), PeriodOrder.Span("2024-02"));
        Assert.Null(PeriodOrder.Span("2020-13"));
    }
}

public sealed class UnitScaleTests
{
    [Theory]
    [InlineData("9252", -4, "0.9252")]
    [InlineData("7600", -4, "0.7600")]
    [InlineData("5.59", 0, "5.59")]
    [InlineData("152", 0, "152")]
    [InlineData("1.5", 4, "15000.0")]
    public void ShiftKeepsStatedPrecision(string value, int shift, string expected) => Assert.Equal(expected, UnitScale.Shift(value, shift));

    [Fact]
    public void OnlyNumbersShift() => Assert.Null(UnitScale.Shift("约100", -4));

    [Fact]
    public void UnitsOfOneFamily()
    {
        Assert.Equal(UnitScale.Of("万元")!.Value.Family, UnitScale.Of("亿元")!.Value.Family);
        Assert.NotEqual(UnitScale.Of("人")!.Value.Family, UnitScale.Of("人次")!.Value.Family);
        Assert.Null(UnitScale.Of("家"));
    }
}
