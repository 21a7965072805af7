namespace Yearbook.Conversion;

/// <summary>
/// What OpenCC's own Simplified → Traditional dictionaries say about the characters that have several
/// Traditional readings (发 → 發 or 髮, 表 → 表 or 錶): the readings STCharacters lists, default
/// first, and how often the phrases of STPhrases choose each one, overall and next to a given
/// neighbour (read from s2t's compiled matcher, so the phrases generated from the regional ones count
/// too). A conversion review uses it to tell a choice that is at risk from one that the data
/// shows to be overwhelmingly right. Built once, on first use; thread-safe.
/// </summary>
public sealed class ReadingStatistics
{
    /// <summary>Stands for any numeral (digits, 一…十, 百, 千, 万, 两, 几…) as a neighbour: 5里 and 十里 are the same context.</summary>
    public const char Numeral = '#';

    private const string Numerals = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数半";

    private static readonly Lazy<ReadingStatistics> Shared = new(() => new ReadingStatistics(ChineseConverter.Create("s2t").FirstStep!));

    private readonly Dictionary<char, string[]> _readings = [];
    private readonly Dictionary<(char Character, char Reading), int> _phraseCounts = [];
    private readonly Dictionary<(char Left, char Character, char Reading), int> _afterCounts = [];
    private readonly Dictionary<(char Character, char Right, char Reading), int> _beforeCounts = [];
    private readonly PrefixMatch _s2t;
    private readonly Dictionary<string, string[]> _phrases = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int, int)> _containing = new(StringComparer.Ordinal);

    /// <summary>Reads the entries of s2t's compiled matcher (STPhrases, the phrases generated from the regional ones, STCharacters): no text parsing.</summary>
    private ReadingStatistics(PrefixMatch s2t)
    {
        _s2t = s2t;
        for (var e = 0; e < s2t.Count; e++)
        {
            if (s2t.KeyLength(e) == 1 && s2t.ValueCount(e) > 1)
            {
                _readings[s2t.Key(e)[0]] = s2t.GetEntry(e).Values;
            }
            else if (s2t.KeyLength(e) > 1 && s2t.ValueCount(e) > 1)
            {
                var entry = s2t.GetEntry(e);
                _phrases[entry.Key] = entry.Values;
            }
        }

        for (var e = 0; e < s2t.Count; e++)
        {
            var key = s2t.Key(e);
            var value = s2t.Default(e);
            if (key.Length < 2 || value.Length != key.Length)
            {
                continue;
            }

            for (var i = 0; i < key.Length; i++)
            {
                var c = key[i];
                if (!_readings.ContainsKey(c))
                {
                    continue;
                }

                var reading = value[i];
                Increment(_phraseCounts, (c, reading));
                if (i > 0)
                {
                    Increment(_afterCounts, (Fold(key[i - 1]), c, reading));
                }

                if (i < key.Length - 1)
                {
                    Increment(_beforeCounts, (c, Fold(key[i + 1]), reading));
                }
            }
        }
    }

    /// <summary>The statistics of OpenCC's s2t dictionaries.</summary>
    public static ReadingStatistics Simplified => Shared.Value;

    /// <summary>The Traditional readings STCharacters lists for <paramref name="c"/>, default first; empty when it has only one.</summary>
    public IReadOnlyList<string> Readings(char c) => _readings.TryGetValue(c, out var values) ? values : [];

    /// <summary>True when STCharacters lists several Traditional readings for <paramref name="c"/>.</summary>
    public bool HasSeveralReadings(char c) => _readings.ContainsKey(c);

    /// <summary>How many STPhrases entries write <paramref name="c"/> as <paramref name="reading"/>.</summary>
    public int PhraseCount(char c, string reading) => _phraseCounts.GetValueOrDefault((c, Single(reading)));

    /// <summary>The share of STPhrases entries holding <paramref name="c"/> that write it as <paramref name="reading"/> (0 when none holds it).</summary>
    public double Share(char c, string reading)
    {
        var total = Readings(c).Sum(r => PhraseCount(c, r));
        return total == 0 ? 0 : (double)PhraseCount(c, reading) / total;
    }

    /// <summary>How many STPhrases entries write <paramref name="c"/> as <paramref name="reading"/> right after <paramref name="left"/> (numerals count as one).</summary>
    public int CountAfter(char left, char c, string reading) => _afterCounts.GetValueOrDefault((Fold(left), c, Single(reading)));

    /// <summary>How many STPhrases entries write <paramref name="c"/> as <paramref name="reading"/> right before <paramref name="right"/> (numerals count as one).</summary>
    public int CountBefore(char c, char right, string reading) => _beforeCounts.GetValueOrDefault((c, Fold(right), Single(reading)));

    /// <summary>The values STPhrases gives <paramref name="phrase"/> when it gives several, default first; else empty.</summary>
    public IReadOnlyList<string> PhraseValues(string phrase) => _phrases.TryGetValue(phrase, out var values) ? values : [];

    /// <summary>
    /// For a phrase with several values (编制 → 編制 or 編製): how the longer STPhrases entries that
    /// contain it write it, as (default, other) counts.
    /// </summary>
    public (int Default, int Other) ContainingCounts(string phrase) => _containing.GetOrAdd(phrase, CountContaining);

    private (int Default, int Other) CountContaining(string phrase)
    {
        var values = PhraseValues(phrase);
        if (values.Count < 2)
        {
            return (0, 0);
        }

        int same = 0, other = 0;
        for (var e = 0; e < _s2t.Count; e++)
        {
            var key = _s2t.Key(e);
            var value = _s2t.Default(e);
            var at = key.Length > phrase.Length ? key.IndexOf(phrase, StringComparison.Ordinal) : -1;
            if (at < 0 || value.Length != key.Length)
            {
                continue;
            }

            var written = value.Slice(at, phrase.Length).ToString();
            if (written == values[0])
            {
                same++;
            }
            else if (values.Contains(written))
            {
                other++;
            }
        }

        return (same, other);
    }

    /// <summary>True for a numeral character (digits, 一…十, 百, 千, 万, 两…).</summary>
    public static bool IsNumeral(char c) => Numerals.Contains(c);

    /// <summary>A one-character reading as a char; readings outside the BMP are never counted.</summary>
    private static char Single(string reading) => reading.Length == 1 ? reading[0] : '\0';

    private static char Fold(char c) => IsNumeral(c) ? Numeral : c;

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
