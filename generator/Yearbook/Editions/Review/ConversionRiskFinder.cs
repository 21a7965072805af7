using Yearbook.Conversion;

namespace Yearbook.Editions.Review;

/// <summary>
/// Finds the spans of Simplified text whose Traditional form OpenCC's s2t may get wrong, and only
/// those: each rule below is a known way the converter fails, and each is held to what OpenCC's own
/// dictionaries say (<see cref="ReadingStatistics"/>), so that a default the data shows to be right
/// (区里 → 區裏, 发力 → 發力, 20916台 → 臺) stays quiet. Glossary matches are the editor's decision
/// and never reported. Thread-safe.
/// </summary>
internal sealed class ConversionRiskFinder
{
    /// <summary>
    /// Characters that are words of their own far more often than the first half of a phrase
    /// (prepositions, the copula, the passive, classifiers): when a phrase starting with one picks a rare
    /// reading (对表 → 對錶, 是只 → 是隻, 被发 → 被髮, 个中 → 箇中) it has most likely swallowed a
    /// word boundary. Closed word classes, so a list rather than a statistic.
    /// </summary>
    public const string WordsOfTheirOwn = "对被把将在和与跟同向从为给比是有的个只";

    /// <summary>A reading is rare when at most this share of OpenCC's phrases with the character choose it (錶 15%, 隻 19%, 髮 24%).</summary>
    public const double RareShare = 0.25;

    /// <summary>A character converted alone is reported when its neighbours call for another reading in at least this many phrases (and more than for the default).</summary>
    public const int ContextEvidence = 2;

    /// <summary>With no neighbour evidence, a character is reported only when its other readings take at least this share of its phrases (钟 → 鐘 94%).</summary>
    public const double OtherReadingShare = 0.75;

    /// <summary>A phrase with two readings (编制) is quiet when longer phrases holding it use the default at least this many times as often as the other.</summary>
    public const int OverwhelmingRatio = 3;

    private readonly ChineseConverter _toHant;
    private readonly ChineseConverter _toHans;
    private readonly ChineseConverter _taiwan = ChineseConverter.Create("s2tw");
    private readonly ChineseConverter _hongKong = ChineseConverter.Create("s2hk");
    private readonly ReadingStatistics _statistics = ReadingStatistics.Simplified;

    /// <summary>Creates the finder for the site's Simplified → Traditional and Traditional → Simplified converters (with its glossary).</summary>
    public ConversionRiskFinder(ChineseConverter toHant, ChineseConverter toHans)
    {
        _toHant = toHant;
        _toHans = toHans;
    }

    /// <summary>The spans of <paramref name="text"/> (Simplified, without markup) at risk, in order, at most one per start.</summary>
    public IReadOnlyList<ConversionRisk> Find(string text)
    {
        var risks = new List<ConversionRisk>();
        if (!text.Any(PersonNames.IsHan))
        {
            return risks;
        }

        var conversion = _toHant.Matches(text);
        foreach (var match in conversion.Matches)
        {
            if (match.Source != MatchSource.Dictionary)
            {
                continue;
            }

            if (match.Length >= 2)
            {
                PhraseRisk(text, match.Start, text.Substring(match.Start, match.Length), conversion.OutputOf(match), risks);
            }
            else if (match.Length == 1 && _statistics.HasSeveralReadings(text[match.Start]))
            {
                CharacterRisk(text, match.Start, conversion.OutputOf(match), risks);
            }
        }

        NameRisks(text, conversion, risks);
        RoundTripRisks(text, conversion.Output, risks);
        return risks.Count <= 1 ? risks : risks.GroupBy(r => r.Start).Select(g => g.First()).OrderBy(r => r.Start).ToList();
    }

    /// <summary>The sentence around <paramref name="start"/>: from the previous full stop to the next (at most 40 characters either way).</summary>
    public static (int Start, int End) Sentence(string text, int start, int end)
    {
        const string stops = "。！？；\n";
        var from = start;
        while (from > 0 && start - from < 40 && !stops.Contains(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < 40 && !stops.Contains(text[to]))
        {
            to++;
        }

        return (from, Math.Min(text.Length, to < text.Length ? to + 1 : to));
    }

    /// <summary>What the converter writes for <paramref name="text"/> (the site's glossary applied).</summary>
    public string Convert(string text) => _toHant.Convert(text);

    private void PhraseRisk(string text, int start, string source, string output, List<ConversionRisk> risks)
    {

        // Two readings in use: 编制 (a quota) and 編製 (to draw up); quiet where the longer phrases show the default wins.
        var values = _statistics.PhraseValues(source);
        if (source.Length == 2 && values.Count > 1 && values[0] == output)
        {
            var (same, other) = _statistics.ContainingCounts(source);
            if (same < OverwhelmingRatio * Math.Max(other, 1))
            {
                risks.Add(new ConversionRisk(start, source, output, values[1], RiskKind.TwoReadings,
                    $"OpenCC lists both {values[0]} and {values[1]} for {source}"));
                return;
            }
        }

        if (output.Length != source.Length)
        {
            return;
        }

        // A phrase that starts with a word of its own and takes a rare reading with it.
        if (source.Length <= 3 && WordsOfTheirOwn.Contains(source[0]))
        {
            var apart = _toHant.Convert(source[..1]) + _toHant.Convert(source[1..]);
            var at = FirstDifference(apart, output);
            if (at >= 0 && _statistics.HasSeveralReadings(source[at]) && _statistics.Share(source[at], output[at].ToString()) <= RareShare)
            {
                risks.Add(new ConversionRisk(start, source, output, apart, RiskKind.RareReading,
                    $"the phrase {source} takes {source[0]} with it; read apart, {source[at]} is {apart[at]}"));
                return;
            }
        }

        // A phrase matched across a word boundary: a phrase starting inside it and reaching past its end reads otherwise.
        var end = start + source.Length;
        for (var k = start + 1; k < end; k++)
        {
            var length = _toHant.PhraseAt(text.AsSpan(k), out var written);
            if (length < 2 || k + length <= end || written.Length != length || output.AsSpan(k - start).SequenceEqual(written[..(end - k)]))
            {
                continue;
            }

            var theirs = written[..(end - k)].ToString();
            if (!HasRareReading(text.Substring(k, end - k), theirs))
            {
                risks.Add(new ConversionRisk(start, source, output, output[..(k - start)] + theirs, RiskKind.Boundary,
                    $"{source} is matched across the word {text.Substring(k, length)} ({written})"));
                return;
            }
        }
    }

    private void CharacterRisk(string text, int start, string chosen, List<ConversionRisk> risks)
    {
        var c = text[start];
        var readings = _statistics.Readings(c);
        var left = start > 0 ? text[start - 1] : '\0';
        var right = start + 1 < text.Length ? text[start + 1] : '\0';
        int Evidence(string reading) =>
            (left == '\0' ? 0 : _statistics.CountAfter(left, c, reading)) + (right == '\0' ? 0 : _statistics.CountBefore(c, right, reading));

        var forChosen = Evidence(chosen);
        var best = (Reading: "", Count: 0);
        foreach (var reading in readings)
        {
            if (reading != chosen && Evidence(reading) is var count && count > best.Count)
            {
                best = (reading, count);
            }
        }

        if (best.Count >= ContextEvidence && best.Count > forChosen)
        {
            var neighbour = _statistics.CountAfter(left, c, best.Reading) > 0 ? Describe(left) + c : c + Describe(right);
            risks.Add(new ConversionRisk(start, c.ToString(), chosen, best.Reading, RiskKind.CharacterDefault,
                $"OpenCC's phrases write {neighbour} with {best.Reading} {best.Count} times, with {chosen} {forChosen}"));
            return;
        }

        if (forChosen == 0 && best.Count == 0 && 1 - _statistics.Share(c, chosen) >= OtherReadingShare)
        {
            var other = readings.Where(r => r != chosen).MaxBy(r => _statistics.PhraseCount(c, r))!;
            risks.Add(new ConversionRisk(start, c.ToString(), chosen, other, RiskKind.CharacterDefault,
                $"OpenCC's phrases write {c} as {other} {1 - _statistics.Share(c, chosen):P0} of the time"));
        }
    }

    private void NameRisks(string text, ConversionMatches conversion, List<ConversionRisk> risks)
    {
        foreach (var (start, length) in PersonNames.Find(text))
        {
            var name = text.Substring(start, length);
            var written = _toHant.Convert(name);
            if (written == name || written.Length != name.Length || conversion.Matches.Any(m => m.Source == MatchSource.Glossary && m.Start < start + length && m.End > start))
            {
                continue;
            }

            // As written is a Traditional form too where the character has it among its readings (于, 余, 范) or a region keeps it (峰).
            var alternative = string.Concat(name.Select((c, i) =>
                written[i] != c && (_statistics.Readings(c).Contains(c.ToString()) || _taiwan.Convert(c.ToString()) == c.ToString() || _hongKong.Convert(c.ToString()) == c.ToString())
                    ? c : written[i]));
            if (alternative != written)
            {
                risks.Add(new ConversionRisk(start, name, written, alternative, RiskKind.PersonalName,
                    $"{name} looks like a personal name"));
            }
        }
    }

    private void RoundTripRisks(string text, string converted, List<ConversionRisk> risks)
    {
        var back = _toHans.Convert(converted);
        if (back.Length != text.Length || converted.Length != text.Length)
        {
            return;
        }

        foreach (var (start, end) in DifferingRuns.Of(text, back))
        {
            risks.Add(new ConversionRisk(start, text[start..end], converted[start..end], back[start..end], RiskKind.RoundTrip,
                $"{converted[start..end]} comes back from Traditional as {back[start..end]}"));
        }
    }

    /// <summary>True when <paramref name="written"/> gives a character of <paramref name="source"/> a reading OpenCC's phrases seldom choose (合 → 閤).</summary>
    private bool HasRareReading(string source, string written)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var readings = _statistics.Readings(source[i]);
            if (readings.Count > 0 && readings[0] != written[i].ToString() && _statistics.Share(source[i], written[i].ToString()) <= RareShare)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstDifference(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? -1 : Math.Min(a.Length, b.Length);
    }

    private static string Describe(char neighbour) => ReadingStatistics.IsNumeral(neighbour) ? "a numeral + " : neighbour.ToString();
}
