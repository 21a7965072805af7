using System.Buffers;

namespace Yearbook.Conversion;

/// <summary>
/// Editor overrides (place and person names, institution names) matched along with the config's
/// first step: at each position the glossary's longest match competes with the dictionary's longest
/// match, the longer wins and the glossary wins a tie. A glossary match is written as given and no
/// later step of the chain sees it; the text between glossary matches is converted as usual.
/// </summary>
internal sealed class Glossary
{
    public const string DictionaryName = "glossary";

    public Glossary(Dict dict)
    {
        PrefixMatch = new PrefixMatch(dict);
    }

    /// <summary>
    /// The glossary's decision at the start of <paramref name="text"/>: the entry to write, or -1 when
    /// the first matcher's phrase (or an unmatched unit) comes first; <paramref name="length"/> is how
    /// far either way steps.
    /// </summary>
    public int Decide(ReadOnlySpan<char> text, PrefixMatch? first, out int length)
    {
        char c = text[0];
        int overridden = PrefixMatch.CanStart(c) ? PrefixMatch.Match(text) : -1;
        int matched = first is not null && first.CanStart(c) ? first.Match(text) : -1;
        if (overridden >= 0 && (matched < 0 || PrefixMatch.KeyLength(overridden) >= first!.KeyLength(matched)))
        {
            length = PrefixMatch.KeyLength(overridden);
            return overridden;
        }
        length = matched >= 0 ? first!.KeyLength(matched) : TextUnit.UnmatchedLength(text);
        return -1;
    }

    public PrefixMatch PrefixMatch { get; }

    /// <summary>
    /// Splits normalized text into runs for the converter and glossary matches, walking the same
    /// positions the converter's first matcher would, so a run always starts where it would have
    /// started a phrase.
    /// </summary>
    public void Walk(ReadOnlySpan<char> text, PrefixMatch? first, Action<int, int, DictEntry?> visit)
    {
        int i = 0;
        int runStart = 0;
        while (i < text.Length)
        {
            int overridden = Decide(text[i..], first, out int length);
            if (overridden >= 0)
            {
                if (i > runStart)
                {
                    visit(runStart, i - runStart, null);
                }
                visit(i, length, PrefixMatch.GetEntry(overridden));
                runStart = i + length;
            }
            i += length;
        }
        if (text.Length > runStart)
        {
            visit(runStart, text.Length - runStart, null);
        }
    }

    public void Convert(ReadOnlySpan<char> normalized, Converter converter, IBufferWriter<char> output, Scratch scratch)
    {
        int i = 0;
        int runStart = 0;
        var first = converter.FirstMatch;
        while (i < normalized.Length)
        {
            int overridden = Decide(normalized[i..], first, out int length);
            if (overridden >= 0)
            {
                if (i > runStart)
                {
                    converter.ConvertNormalized(normalized[runStart..i], output, scratch);
                }
                output.Write(PrefixMatch.Default(overridden));
                runStart = i + length;
            }
            i += length;
        }
        if (normalized.Length > runStart)
        {
            converter.ConvertNormalized(normalized[runStart..], output, scratch);
        }
    }
}
