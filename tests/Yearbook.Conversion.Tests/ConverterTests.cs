using System.Buffers;

namespace Yearbook.Conversion.Tests;

public class ConverterTests
{
    [Fact]
    public void Create_accepts_the_name_with_or_without_json_and_caches_one_instance()
    {
        var a = ChineseConverter.Create("s2t");
        var b = ChineseConverter.Create("s2t.json");
        Assert.Same(a, b);
        Assert.Equal("s2t", a.Config);
    }

    [Fact]
    public void Create_rejects_an_unknown_config_and_lists_the_stock_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => ChineseConverter.Create("s2x"));
        Assert.Contains("s2twp", error.Message);
    }

    [Theory]
    [InlineData("s2t", "头发和发展", "頭髮和發展")]
    [InlineData("s2t", "干燥的面条", "乾燥的麪條")]
    [InlineData("s2twp", "软件里的头发", "軟體裡的頭髮")]
    [InlineData("t2s", "乾燥的頭髮", "干燥的头发")]
    [InlineData("s2hk", "台风", "颱風")]
    public void Converts_phrases_and_characters(string config, string input, string expected)
    {
        Assert.Equal(expected, ChineseConverter.Create(config).Convert(input));
    }

    [Theory]
    [InlineData("s2t")]
    [InlineData("t2s")]
    [InlineData("s2twp")]
    public void Passes_through_everything_no_dictionary_matches(string config)
    {
        const string text = "ASCII 123, emoji 😀, CRLF\r\nTab\tNBSP\u00A0 ZWJ\u200D end\n";
        Assert.Equal(text, ChineseConverter.Create(config).Convert(text));
    }

    [Fact]
    public void The_first_value_of_an_entry_wins()
    {
        // STCharacters: 后 → 後 后; 发 → 發 髮. The first is written, the others only reported.
        var s2t = ChineseConverter.Create("s2t");
        Assert.Equal("後", s2t.Convert("后"));
        Assert.Equal("發", s2t.Convert("发"));
    }

    [Fact]
    public void Characters_inside_an_ideographic_description_sequence_are_left_alone()
    {
        var t2s = ChineseConverter.Create("t2s");
        Assert.Equal("车两", t2s.Convert("車兩"));
        Assert.Equal("⿰車兩", t2s.Convert("⿰車兩"));
    }

    [Fact]
    public void Tofu_risk_characters_are_converted_as_in_OpenCC_library_default()
    {
        // TSCharacters keeps 㑮 as itself; TSCharactersExt, in front of it in t2s, gives 𫝈.
        Assert.Equal("𫝈", ChineseConverter.Create("t2s").Convert("㑮"));
    }

    [Fact]
    public void Compatibility_ideographs_are_normalized_first()
    {
        // U+F900 豈 (compatibility) is normalized to U+8C48 豈 before conversion.
        Assert.Equal("\u8C48", ChineseConverter.Create("t2tw").Convert("\uF900"));
    }

    [Theory]
    [InlineData("s2t")]
    [InlineData("s2twp")]
    [InlineData("tw2sp")]
    public void Span_overload_writes_what_the_string_overload_returns(string config)
    {
        var converter = ChineseConverter.Create(config);
        foreach (var seed in Seeds.Texts)
        {
            var output = new ArrayBufferWriter<char>();
            converter.Convert(seed.AsSpan(), output);
            Assert.Equal(converter.Convert(seed), output.WrittenSpan.ToString());
        }
    }

    [Fact]
    public void One_converter_serves_many_threads()
    {
        var converter = ChineseConverter.Create("s2twp");
        var texts = Seeds.Texts.SelectMany(t => t.Split('\n')).Where(l => l.Length > 0).ToArray();
        var expected = texts.Select(converter.Convert).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = converter.Convert(texts[i]));
        Assert.Equal(expected, actual);
    }
}
