using System.Buffers;

namespace Yearbook.Conversion.Tests;

/// <summary>Converting a text block by block gives what converting it whole gives, wherever the blocks end.</summary>
public class StreamingTests
{
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var config in new[] { "s2t", "t2s", "s2twp", "tw2sp", "hk2s", "s2hk" })
        {
            data.Add(config, true);
            data.Add(config, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Blocks_of_any_size_convert_like_the_whole(string config, bool keepLineBreaks)
    {
        var converter = ChineseConverter.Create(config);
        string text = string.Concat(Seeds.Texts);
        if (!keepLineBreaks)
        {
            // Without line breaks the cut has to be found by walking the phrases.
            text = text.Replace("\r", "").Replace("\n", "");
        }
        string expected = converter.Convert(text);
        var random = new Random(20241122);
        foreach (int maxBlock in new[] { 1, 7, 300, 5000 })
        {
            Assert.Equal(expected, ConvertInBlocks(converter, text, () => random.Next(1, maxBlock + 1)));
        }
    }

    [Fact]
    public void A_block_too_short_to_decide_is_carried_whole()
    {
        var converter = ChineseConverter.Create("s2t");
        var output = new ArrayBufferWriter<char>();
        Assert.Equal(0, converter.ConvertPartial("头", output, isFinalBlock: false));
        Assert.Equal(0, output.WrittenCount);
        Assert.Equal(2, converter.ConvertPartial("头发", output, isFinalBlock: true));
        Assert.Equal("頭髮", output.WrittenSpan.ToString());
    }

    [Fact]
    public void A_glossary_converter_streams_too()
    {
        var converter = ChineseConverter.Create("s2twp").WithGlossary([new("软件", "軟件")]);
        string text = string.Concat(Enumerable.Repeat("我们的软件和头发。", 200));
        var random = new Random(7);
        Assert.Equal(converter.Convert(text), ConvertInBlocks(converter, text, () => random.Next(1, 40)));
    }

    private static string ConvertInBlocks(ChineseConverter converter, string text, Func<int> nextBlock)
    {
        var output = new ArrayBufferWriter<char>();
        string pending = "";
        int position = 0;
        while (position < text.Length)
        {
            int take = Math.Min(nextBlock(), text.Length - position);
            // Never split a surrogate pair: a decoder hands over whole code points.
            if (char.IsHighSurrogate(text[position + take - 1]) && position + take < text.Length)
            {
                take++;
            }
            pending += text.Substring(position, take);
            position += take;
            int consumed = converter.ConvertPartial(pending, output, isFinalBlock: false);
            pending = pending[consumed..];
        }
        converter.ConvertPartial(pending, output, isFinalBlock: true);
        return output.WrittenSpan.ToString();
    }
}
