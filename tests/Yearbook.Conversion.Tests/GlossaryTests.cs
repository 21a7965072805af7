namespace Yearbook.Conversion.Tests;

public class GlossaryTests
{
    private static KeyValuePair<string, string> Pair(string source, string target) => new(source, target);

    [Fact]
    public void A_glossary_phrase_wins_over_the_dictionaries()
    {
        var s2t = ChineseConverter.Create("s2t");
        // 范 as a surname: the dictionaries make it 範 (the word "model").
        Assert.Equal("範先生", s2t.Convert("范先生"));
        var edited = s2t.WithGlossary([Pair("范先生", "范先生")]);
        Assert.Equal("范先生的後人", edited.Convert("范先生的后人"));
    }

    [Fact]
    public void A_glossary_phrase_is_not_touched_by_later_steps_of_the_chain()
    {
        // s2twp turns 软件 into 軟體 in its Taiwan step; the glossary output stays as given.
        var edited = ChineseConverter.Create("s2twp").WithGlossary([Pair("软件", "軟件")]);
        Assert.Equal("軟件和硬體", edited.Convert("软件和硬件"));
    }

    [Fact]
    public void A_longer_dictionary_phrase_beats_a_shorter_glossary_phrase_and_a_tie_goes_to_the_glossary()
    {
        var s2t = ChineseConverter.Create("s2t");
        // STPhrases has 头发 (two characters): longer than the one-character glossary entry.
        var shorter = s2t.WithGlossary([Pair("头", "頭X")]);
        Assert.Equal("頭髮，頭X", shorter.Convert("头发，头"));
        var tie = s2t.WithGlossary([Pair("头发", "头发")]);
        Assert.Equal("头发", tie.Convert("头发"));
    }

    [Fact]
    public void WithGlossary_returns_a_new_converter_and_leaves_the_stock_one_alone()
    {
        var s2t = ChineseConverter.Create("s2t");
        var edited = s2t.WithGlossary([Pair("发", "髮")]);
        Assert.NotSame(s2t, edited);
        Assert.Equal("發", s2t.Convert("发"));
        Assert.Equal("髮", edited.Convert("发"));
        Assert.Empty(s2t.Glossary);
        Assert.Single(edited.Glossary);
    }

    [Fact]
    public void Later_pairs_replace_earlier_ones_for_the_same_source()
    {
        var edited = ChineseConverter.Create("s2t").WithGlossary([Pair("发", "髮")]).WithGlossary([Pair("发", "发")]);
        Assert.Equal("发", edited.Convert("发"));
    }

    [Fact]
    public void Glossary_sources_must_be_one_line()
    {
        Assert.Throws<ArgumentException>(() => ChineseConverter.Create("s2t").WithGlossary([Pair("a\nb", "c")]));
        Assert.Throws<ArgumentException>(() => ChineseConverter.Create("s2t").WithGlossary([Pair("", "c")]));
    }

    [Fact]
    public void Inspect_names_the_glossary()
    {
        var edited = ChineseConverter.Create("s2t").WithGlossary([Pair("于明", "于明")]);
        var segments = edited.Inspect("于明说");
        Assert.Equal("glossary", segments[0].Dictionary);
        Assert.Equal("于明", segments[0].Source);
        Assert.Equal("于明說", string.Concat(segments.Select(s => s.Output)));
    }
}
