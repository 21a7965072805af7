namespace Yearbook.Conversion.Tests;

/// <summary><see cref="ChineseConverter.Matches"/> and <see cref="ChineseConverter.PhraseAt"/>, the cheap inspection the conversion review uses.</summary>
public class MatchesTests
{
    public static TheoryData<string> Configs() => [.. ChineseConverter.StockConfigs];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Matches_tile_the_input_and_make_the_conversion(string config)
    {
        foreach (var converter in new[] { ChineseConverter.Create(config), ChineseConverter.Create(config).WithGlossary([new("源汇区", "源匯區"), new("新三板", "新三板"), new("区里", "區裏")]) })
        {
            foreach (var text in Seeds.Texts.Append("源汇区区里登陸新三板，头发与发展。"))
            {
                var conversion = converter.Matches(text);
                Assert.Equal(converter.Convert(text), conversion.Output);
                int offset = 0, outputOffset = 0;
                foreach (var match in conversion.Matches)
                {
                    Assert.Equal((offset, outputOffset), (match.Start, match.OutputStart));
                    offset = match.End;
                    outputOffset += match.OutputLength;
                }

                Assert.Equal(text.Length, offset);
            }
        }
    }

    [Fact]
    public void Glossary_and_dictionary_matches_are_told_apart()
    {
        var converter = ChineseConverter.Create("s2t").WithGlossary([new("源汇区", "源匯區")]);

        var conversion = converter.Matches("源汇区头发a");

        Assert.Equal(
            [(0, 3, MatchSource.Glossary, "源匯區"), (3, 2, MatchSource.Dictionary, "頭髮"), (5, 1, MatchSource.None, "a")],
            conversion.Matches.Select(m => (m.Start, m.Length, m.Source, conversion.OutputOf(m))).ToArray());
    }

    [Fact]
    public void PhraseAt_gives_the_phrase_the_first_step_matches()
    {
        var s2t = ChineseConverter.Create("s2t");

        Assert.Equal(2, s2t.PhraseAt("发展产业", out var output));
        Assert.Equal("發展", output.ToString());
        Assert.Equal(0, s2t.PhraseAt("发", out _));
        Assert.Equal(0, s2t.PhraseAt("", out _));
    }
}
