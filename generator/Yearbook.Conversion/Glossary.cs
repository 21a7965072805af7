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
            var rest = text[i..];
            var overridden = PrefixMatch.CanStart(rest[0]) ? PrefixMatch.Match(rest) : null;
            var matched = first is not null && first.CanStart(rest[0]) ? first.Match(rest) : null;
            if (overridden is not null && (matched is null || overridden.Key.Length >= matched.Key.Length))
            {
                if (i > runStart)
                {
                    visit(runStart, i - runStart, null);
                }
                visit(i, overridden.Key.Length, overridden);
                i += overridden.Key.Length;
                runStart = i;
                continue;
            }
            i += matched?.Key.Length ?? TextUnit.UnmatchedLength(rest);
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
            var rest = normalized[i..];
            var overridden = PrefixMatch.CanStart(rest[0]) ? PrefixMatch.Match(rest) : null;
            var matched = first is not null && first.CanStart(rest[0]) ? first.Match(rest) : null;
            if (overridden is not null && (matched is null || overridden.Key.Length >= matched.Key.Length))
            {
                if (i > runStart)
                {
                    converter.ConvertNormalized(normalized[runStart..i], output, scratch);
                }
                output.Write(overridden.Default.AsSpan());
                i += overridden.Key.Length;
                runStart = i;
                continue;
            }
            i += matched?.Key.Length ?? TextUnit.UnmatchedLength(rest);
        }
        if (normalized.Length > runStart)
        {
            converter.ConvertNormalized(normalized[runStart..], output, scratch);
        }
    }
}
