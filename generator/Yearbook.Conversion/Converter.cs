using System.Buffers;

namespace Yearbook.Conversion;

/// <summary>
/// OpenCC's converter for one config: the normalization pass (CJK compatibility ideographs) over the
/// whole text, then segmentation if the config has one, then the conversion chain on each segment.
/// Immutable, so one instance serves every thread.
/// </summary>
internal sealed class Converter
{
    private readonly SearchValues<char>? _normalizationStarts;

    public Converter(string name, ConversionChain? normalization, MaxMatchSegmentation? segmentation, ConversionChain chain)
    {
        Name = name;
        Normalization = normalization is { Conversions.Count: > 0 } ? normalization : null;
        Segmentation = segmentation;
        Chain = chain;
        if (Normalization is not null)
        {
            var starts = Normalization.Conversions.SelectMany(c => c.PrefixMatch.StartCharacters()).Distinct().ToArray();
            _normalizationStarts = SearchValues.Create(starts);
        }
    }

    public string Name { get; }

    public ConversionChain? Normalization { get; }

    public MaxMatchSegmentation? Segmentation { get; }

    public ConversionChain Chain { get; }

    /// <summary>The matcher that decides where the first step's phrases start: segmentation, or else the first conversion.</summary>
    public PrefixMatch? FirstMatch => Segmentation?.PrefixMatch ?? (Chain.Conversions.Count > 0 ? Chain.Conversions[0].PrefixMatch : null);

    /// <summary>Every matcher this converter uses: normalization, segmentation, then the chain.</summary>
    public IEnumerable<PrefixMatch> PrefixMatches()
    {
        foreach (var conversion in Normalization?.Conversions ?? [])
        {
            yield return conversion.PrefixMatch;
        }
        if (Segmentation is not null)
        {
            yield return Segmentation.PrefixMatch;
        }
        foreach (var conversion in Chain.Conversions)
        {
            yield return conversion.PrefixMatch;
        }
    }

    public string Convert(string text)
    {
        var scratch = Scratch.Rent();
        try
        {
            Convert(text, scratch.Result, scratch);
            return scratch.Result.WrittenSpan.ToString();
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    public void Convert(ReadOnlySpan<char> text, IBufferWriter<char> output, Scratch scratch)
    {
        ConvertNormalized(Normalize(text, scratch), output, scratch);
    }

    /// <summary>The normalization pass; returns <paramref name="text"/> itself when it has nothing to normalize.</summary>
    public ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Scratch scratch)
    {
        if (Normalization is null || text.IndexOfAny(_normalizationStarts!) < 0)
        {
            return text;
        }
        scratch.Normalized.ResetWrittenCount();
        Normalization.Convert(text, scratch.Normalized, scratch);
        return scratch.Normalized.WrittenSpan;
    }

    /// <summary>Segmentation and the chain, on text that has been normalized already.</summary>
    public void ConvertNormalized(ReadOnlySpan<char> text, IBufferWriter<char> output, Scratch scratch)
    {
        if (Segmentation is null)
        {
            Chain.Convert(text, output, scratch);
            return;
        }
        while (!text.IsEmpty)
        {
            int length = Segmentation.NextSegmentLength(text);
            Chain.Convert(text[..length], output, scratch);
            text = text[length..];
        }
    }
}
