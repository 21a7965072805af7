using System.Buffers;
using System.Collections.Concurrent;

namespace Yearbook.Conversion;

/// <summary>
/// Converts Chinese text between scripts and regional standards exactly as OpenCC 1.4.2 does with
/// one of its stock configs (s2t, t2s, s2twp, …), using OpenCC's own dictionaries embedded in this
/// assembly. Instances are immutable and thread-safe; <see cref="Create"/> builds each config once
/// per process.
/// </summary>
/// <remarks>
/// Text that must stay as written (no-convert spans such as <c>-{文字}-</c>) is the caller's
/// business: leave such spans out of what you pass in. Everything that no dictionary matches,
/// including ASCII, punctuation and line endings, is copied unchanged.
/// </remarks>
public sealed class ChineseConverter
{
    private static readonly ConcurrentDictionary<string, Lazy<ChineseConverter>> Stock = new(StringComparer.Ordinal);

    private readonly Converter _converter;
    private readonly Glossary? _glossary;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _glossaryPairs;

    private ChineseConverter(Converter converter, Glossary? glossary, IReadOnlyList<KeyValuePair<string, string>> glossaryPairs)
    {
        _converter = converter;
        _glossary = glossary;
        _glossaryPairs = glossaryPairs;
    }

    /// <summary>
    /// The converter for a stock OpenCC config, by name with or without <c>.json</c>
    /// (<c>"s2t"</c>, <c>"t2s.json"</c>). Loaded on first use and cached.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="StockConfigs"/>.</exception>
    public static ChineseConverter Create(string config)
    {
        string name = Yearbook.Conversion.Config.NormalizeName(config);
        if (!StockConfigs.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Unknown conversion config '{config}'. Stock configs: {string.Join(", ", StockConfigs)}.", nameof(config));
        }
        return Stock.GetOrAdd(name, n => new Lazy<ChineseConverter>(() => new ChineseConverter(Yearbook.Conversion.Config.Load(n), null, []))).Value;
    }

    /// <summary>Names of the configs OpenCC 1.4.2 ships (hk2s, s2t, t2s, s2twp, …), sorted.</summary>
    public static IReadOnlyList<string> StockConfigs { get; } = [.. DictStore.ConfigNames()];

    /// <summary>The config name, e.g. <c>s2t</c>.</summary>
    public string Config => _converter.Name;

    /// <summary>The glossary pairs this converter applies, in the order given (empty for a stock converter).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Glossary => _glossaryPairs;

    /// <summary>Converts <paramref name="text"/>.</summary>
    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_glossary is null)
        {
            return _converter.Convert(text);
        }
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

    /// <summary>
    /// Converts <paramref name="text"/> into <paramref name="output"/> without allocating per
    /// character. The text should end where a phrase may end (at a line end, say): a phrase cut in two
    /// between calls is converted as two pieces.
    /// </summary>
    public void Convert(ReadOnlySpan<char> text, IBufferWriter<char> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Scratch.Rent();
        try
        {
            Convert(text, output, scratch);
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    /// <summary>
    /// Streaming form of <see cref="Convert(ReadOnlySpan{char}, IBufferWriter{char})"/>: converts the
    /// longest prefix of <paramref name="text"/> whose conversion cannot change whatever follows, and
    /// returns its length; the caller keeps the rest and passes it again with the next block. With
    /// <paramref name="isFinalBlock"/> everything is converted. The prefix ends after the last line
    /// break when there is one (no dictionary key spans a line); in a block without line breaks it ends
    /// where the first matching step starts a phrase, far enough from the end that no key can reach it.
    /// </summary>
    /// <returns>Number of characters of <paramref name="text"/> consumed.</returns>
    public int ConvertPartial(ReadOnlySpan<char> text, IBufferWriter<char> output, bool isFinalBlock)
    {
        ArgumentNullException.ThrowIfNull(output);
        int length = isFinalBlock ? text.Length : StreamBoundary.FinalLength(text, _converter, _glossary);
        if (length > 0)
        {
            Convert(text[..length], output);
        }
        return length;
    }

    private void Convert(ReadOnlySpan<char> text, IBufferWriter<char> output, Scratch scratch)
    {
        if (_glossary is null)
        {
            _converter.Convert(text, output, scratch);
            return;
        }
        _glossary.Convert(_converter.Normalize(text, scratch), _converter, output, scratch);
    }

    /// <summary>
    /// A converter that applies <paramref name="phrases"/> (source → output) over the dictionaries:
    /// the longest match wins, counting glossary phrases, and a glossary phrase wins a tie; its output
    /// is written as given and not touched by later steps. Later pairs for the same source replace
    /// earlier ones; pairs already on this converter are kept unless replaced.
    /// </summary>
    public ChineseConverter WithGlossary(IEnumerable<KeyValuePair<string, string>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var pairs = new List<KeyValuePair<string, string>>(_glossaryPairs);
        pairs.AddRange(phrases);
        var entries = new Dictionary<string, DictEntry>(StringComparer.Ordinal);
        foreach (var (source, target) in pairs)
        {
            if (string.IsNullOrEmpty(source) || source.AsSpan().ContainsAny('\r', '\n'))
            {
                // No dictionary key spans a line; streaming relies on that.
                throw new ArgumentException($"A glossary phrase needs a non-empty source on one line: '{source}'.", nameof(phrases));
            }
            ArgumentNullException.ThrowIfNull(target, nameof(phrases));
            // Keys are matched against normalized text, so they are normalized the same way.
            string key = NormalizeKey(source);
            entries[key] = new DictEntry(key, [target], Yearbook.Conversion.Glossary.DictionaryName);
        }
        var glossary = entries.Count == 0 ? null : new Glossary(new Dict(Yearbook.Conversion.Glossary.DictionaryName, entries));
        return new ChineseConverter(_converter, glossary, pairs);
    }

    private string NormalizeKey(string source)
    {
        var scratch = Scratch.Rent();
        try
        {
            return _converter.Normalize(source, scratch).ToString();
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    /// <summary>
    /// The conversion of <paramref name="text"/> span by span: each phrase or character a dictionary
    /// matched, each glossary match and each run of text left alone, with the dictionaries that decided
    /// it and the values they offered instead. The outputs concatenate to <see cref="Convert(string)"/>.
    /// </summary>
    public IReadOnlyList<ConversionSegment> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConversionInspector.Inspect(text, _converter, _glossary);
    }

    /// <summary>
    /// The dictionary phrase the first step of the chain matches at the start of
    /// <paramref name="text"/> (the glossary aside): its length, 0 when no phrase of two or more
    /// characters starts there, and in <paramref name="output"/> what that step writes for it.
    /// Allocation-free, for a review that asks at many places.
    /// </summary>
    public int PhraseAt(ReadOnlySpan<char> text, out ReadOnlySpan<char> output)
    {
        output = default;
        var first = _converter.Chain.Conversions.Count > 0 ? _converter.Chain.Conversions[0].PrefixMatch : null;
        int entry = first is null || text.IsEmpty || !first.CanStart(text[0]) ? -1 : first.Match(text);
        if (entry < 0 || first!.KeyLength(entry) < 2)
        {
            return 0;
        }
        output = first.Default(entry);
        return first.KeyLength(entry);
    }

    /// <summary>The matcher of a one-step chain (s2t, t2s), or null.</summary>
    internal PrefixMatch? FirstStep => _converter.Chain.Conversions.Count == 1 && _converter.Segmentation is null ? _converter.Chain.Conversions[0].PrefixMatch : null;

    /// <summary>
    /// The conversion of <paramref name="text"/> with where each match came from, at a fraction of
    /// <see cref="Inspect"/>'s cost: one output string and one list of spans, no per-match objects.
    /// For configs whose chain has several steps, or text the normalization changes, it falls back on
    /// <see cref="Inspect"/>.
    /// </summary>
    public ConversionMatches Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstStep;
        var scratch = Scratch.Rent();
        try
        {
            var normalized = _converter.Normalize(text, scratch);
            if (first is null || !normalized.SequenceEqual(text))
            {
                return FromSegments(Inspect(text));
            }

            var output = new System.Text.StringBuilder(text.Length);
            var matches = new List<ConversionMatch>(text.Length);
            var span = text.AsSpan();
            int i = 0;
            while (i < span.Length)
            {
                int length;
                if (_glossary is not null && _glossary.Decide(span[i..], first, out length) is var overridden and >= 0)
                {
                    matches.Add(new ConversionMatch(i, length, output.Length, _glossary.PrefixMatch.Default(overridden).Length, MatchSource.Glossary));
                    output.Append(_glossary.PrefixMatch.Default(overridden));
                }
                else if (first.CanStart(span[i]) && first.Match(span[i..]) is var entry and >= 0)
                {
                    length = first.KeyLength(entry);
                    matches.Add(new ConversionMatch(i, length, output.Length, first.Default(entry).Length, MatchSource.Dictionary));
                    output.Append(first.Default(entry));
                }
                else
                {
                    length = TextUnit.UnmatchedLength(span[i..]);
                    matches.Add(new ConversionMatch(i, length, output.Length, length, MatchSource.None));
                    output.Append(span.Slice(i, length));
                }
                i += length;
            }
            return new ConversionMatches(output.ToString(), matches);
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    private static ConversionMatches FromSegments(IReadOnlyList<ConversionSegment> segments)
    {
        var output = new System.Text.StringBuilder();
        var matches = new List<ConversionMatch>(segments.Count);
        foreach (var s in segments)
        {
            var source = s.Dictionary is null ? MatchSource.None : s.Dictionary == Yearbook.Conversion.Glossary.DictionaryName ? MatchSource.Glossary : MatchSource.Dictionary;
            matches.Add(new ConversionMatch(s.Start, s.Source.Length, output.Length, s.Output.Length, source));
            output.Append(s.Output);
        }
        return new ConversionMatches(output.ToString(), matches);
    }

    /// <inheritdoc />
    public override string ToString() => _glossary is null ? Config : $"{Config} + glossary ({_glossaryPairs.Count})";
}
