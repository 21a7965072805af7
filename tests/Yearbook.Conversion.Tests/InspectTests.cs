namespace Yearbook.Conversion.Tests;

public class InspectTests
{
    public static TheoryData<string> Configs() => [.. ChineseConverter.StockConfigs];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Segments_tile_the_input_and_their_outputs_make_the_conversion(string config)
    {
        var converter = ChineseConverter.Create(config);
        foreach (var text in Seeds.Texts)
        {
            var segments = converter.Inspect(text);
            Assert.Equal(text, string.Concat(segments.Select(s => s.Source)));
            Assert.Equal(converter.Convert(text), string.Concat(segments.Select(s => s.Output)));
            int offset = 0;
            foreach (var segment in segments)
            {
                Assert.Equal(offset, segment.Start);
                offset = segment.End;
            }
        }
    }

    [Theory]
    [InlineData("后", "後", "后")]
    [InlineData("发", "發", "髮")]
    [InlineData("干", "幹", "乾")]
    [InlineData("台", "臺", "檯")]
    [InlineData("系", "系", "係")]
    public void Ambiguous_characters_report_the_other_candidates(string source, string output, string alternative)
    {
        var segment = Assert.Single(ChineseConverter.Create("s2t").Inspect(source));
        Assert.Equal(output, segment.Output);
        Assert.True(segment.IsAmbiguous);
        Assert.Contains(alternative, segment.Alternatives);
        Assert.DoesNotContain(output, segment.Alternatives);
        Assert.Equal("STCharacters", segment.Dictionary);
    }

    [Fact]
    public void A_phrase_match_settles_the_ambiguity()
    {
        var segments = ChineseConverter.Create("s2t").Inspect("头发");
        var segment = Assert.Single(segments);
        Assert.Equal("頭髮", segment.Output);
        Assert.Equal("STPhrases", segment.Dictionary);
        Assert.False(segment.IsAmbiguous);
    }

    [Fact]
    public void Unmatched_text_is_one_unchanged_segment_without_a_dictionary()
    {
        var segment = Assert.Single(ChineseConverter.Create("s2t").Inspect("abc 123"));
        Assert.Null(segment.Dictionary);
        Assert.False(segment.IsChanged);
    }

    [Fact]
    public void Later_chain_steps_are_named_in_order()
    {
        var segments = ChineseConverter.Create("s2twp").Inspect("软件");
        var segment = Assert.Single(segments);
        Assert.Equal("軟體", segment.Output);
        Assert.Equal("STCharacters → TWPhrases", segment.Dictionary);
    }

    [Fact]
    public void Offsets_refer_to_the_input_even_when_normalization_changed_it()
    {
        string text = "a\uF900b后";
        var segments = ChineseConverter.Create("t2s").Inspect(text);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Source)));
    }
}
