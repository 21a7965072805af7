using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// Builds the statistics index of one edition: statistics with the same indicator (compared in
/// Simplified script, so chapters written in either script meet) form a series across volumes and
/// periods. Points in other units of the same family are converted exactly to the series' largest
/// unit; a series whose units cannot be reconciled is split by unit and reported (YB0402).
/// </summary>
internal sealed class StatisticsIndexBuilder
{
    private readonly Func<string, Script, string> _simplified;
    private readonly IReadOnlyDictionary<string, IndicatorCodeSetting> _codes;

    /// <summary>
    /// Creates a builder; <paramref name="simplified"/> gives a text's Simplified form, <paramref name="codes"/>
    /// the codes the editor gave, by Simplified indicator.
    /// </summary>
    public StatisticsIndexBuilder(Func<string, Script, string> simplified, IReadOnlyDictionary<string, IndicatorCodeSetting>? codes = null)
    {
        _simplified = simplified;
        _codes = codes ?? new Dictionary<string, IndicatorCodeSetting>();
    }

    /// <summary>The codes of <paramref name="config"/> by Simplified indicator (as <paramref name="simplified"/> gives it), the first of like ones.</summary>
    public static IReadOnlyDictionary<string, IndicatorCodeSetting> CodesOf(SiteConfig config, Func<string, Script, string> simplified) =>
        config.IndicatorCodes.DistinctBy(c => simplified(c.Indicator, config.DefaultScript).Trim(), StringComparer.Ordinal)
            .ToDictionary(c => simplified(c.Indicator, config.DefaultScript).Trim(), StringComparer.Ordinal);

    /// <summary>
    /// Builds the index of <paramref name="chapters"/> (in reading order); unit problems are reported to
    /// <paramref name="diagnostics"/> when it is given (once per build, not once per edition). When
    /// <paramref name="previous"/> (this edition's index before an edit) was built from the same chapters in the
    /// same order, only the chapters converted again are read, and only the series of the indicators they record or
    /// recorded are made again (and their problems reported again); the other series are kept, the same objects.
    /// </summary>
    public StatisticsIndex Build(IReadOnlyList<EditionChapter> chapters, Func<EditionChapter, string> chapterUrl, DiagnosticBag? diagnostics, StatisticsIndex? previous = null)
    {
        var byIndicator = previous?.Recorded is { } recorded && SameOrder(recorded.Chapters, chapters)
            ? Update(recorded, chapters, chapterUrl, diagnostics)
            : Collect(chapters).ToDictionary(g => g.Key, g => Make(g.Key, g.Value, chapterUrl, diagnostics), StringComparer.Ordinal);
        var series = byIndicator.Values.SelectMany(i => i.Series).ToList();

        // A code the editor gave wins; a series split by unit adds its unit to it (gdp-yy).
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (made, _) in series)
        {
            var split = made.Key.IndexOf(KeyUnitSeparator, StringComparison.Ordinal);
            if (_codes.TryGetValue(split < 0 ? made.Key : made.Key[..split], out var setting))
            {
                given[made.Key] = split < 0 ? setting.Code : setting.Code + "-" + IndicatorCode.Of(made.Key[(split + 1)..]);
            }
        }

        if (diagnostics is not null)
        {
            foreach (var (_, setting) in _codes.Where(c => !byIndicator.ContainsKey(c.Key)))
            {
                diagnostics.Warning(DiagnosticCodes.IndicatorCodeUnused,
                    $"no chapter records the indicator '{setting.Indicator}', so its code '{setting.Code}' is not used: check the indicator's name as the chapters write it", setting.Location);
            }
        }

        // Numbered once all are known; a series whose number is unchanged stays the same object.
        var codes = IndicatorCode.Number(series.Select(s => (s.Series.Key, IndicatorCode.Of(s.Series.Key))), given);
        foreach (var (indicator, made) in byIndicator.Where(i => i.Value.Series.Any(s => s.Series.Code != codes[s.Series.Key])).ToList())
        {
            byIndicator[indicator] = made with { Series = [.. made.Series.Select(s => (s.Series with { Code = codes[s.Series.Key] }, s.FirstSeen))] };
        }

        return new StatisticsIndex(byIndicator.Values
            .SelectMany(i => i.Series)
            .OrderByDescending(s => s.Series.Points.Count)
            .ThenBy(s => s.FirstSeen)
            .Select(s => s.Series)
            .ToList())
        {
            Recorded = new RecordedStatistics([.. chapters], byIndicator),
        };
    }

    /// <summary>Whether <paramref name="chapters"/> are the chapters of <paramref name="before"/>, path by path, in the same order.</summary>
    private static bool SameOrder(EditionChapter[] before, IReadOnlyList<EditionChapter> chapters)
    {
        if (before.Length != chapters.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(before[i], chapters[i]) && before[i].Source.Path != chapters[i].Source.Path)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The statistics of <paramref name="chapters"/> by Simplified indicator, each indicator's in reading order.</summary>
    private Dictionary<string, List<RecordedStatistic>> Collect(IReadOnlyList<EditionChapter> chapters)
    {
        var byIndicator = new Dictionary<string, List<RecordedStatistic>>(StringComparer.Ordinal);
        for (var i = 0; i < chapters.Count; i++)
        {
            foreach (var (indicator, statistic) in Statistics(chapters[i], i))
            {
                if (!byIndicator.TryGetValue(indicator, out var list))
                {
                    byIndicator[indicator] = list = [];
                }

                list.Add(statistic);
            }
        }

        return byIndicator;
    }

    /// <summary>
    /// The series of <paramref name="recorded"/> with those of every indicator that a chapter converted again records,
    /// or recorded before, made again from its statistics in the chapters kept and in the chapters converted again.
    /// </summary>
    private Dictionary<string, IndicatorSeries> Update(RecordedStatistics recorded, IReadOnlyList<EditionChapter> chapters, Func<EditionChapter, string> chapterUrl, DiagnosticBag? diagnostics)
    {
        var again = new HashSet<int>();
        var added = new Dictionary<string, List<RecordedStatistic>>(StringComparer.Ordinal);
        for (var i = 0; i < chapters.Count; i++)
        {
            if (ReferenceEquals(recorded.Chapters[i], chapters[i]))
            {
                _ = chapters[i].Stats; // read as a full build reads it, so that an edit of it builds the index again
                continue;
            }

            again.Add(i);
            foreach (var (indicator, _) in Statistics(recorded.Chapters[i], i))
            {
                added.TryAdd(indicator, []);
            }

            foreach (var (indicator, statistic) in Statistics(chapters[i], i))
            {
                if (!added.TryGetValue(indicator, out var list))
                {
                    added[indicator] = list = [];
                }

                list.Add(statistic);
            }
        }

        var byIndicator = new Dictionary<string, IndicatorSeries>(recorded.ByIndicator, StringComparer.Ordinal);
        foreach (var (indicator, statistics) in added)
        {
            var kept = recorded.ByIndicator.TryGetValue(indicator, out var before) ? before.Statistics.Where(s => !again.Contains(s.At)) : [];
            var all = kept.Concat(statistics).OrderBy(s => s.Seen).ToList();
            if (all.Count == 0)
            {
                byIndicator.Remove(indicator);
            }
            else
            {
                byIndicator[indicator] = Make(indicator, all, chapterUrl, diagnostics);
            }
        }

        return byIndicator;
    }

    /// <summary>The statistics of <paramref name="chapter"/> (at <paramref name="at"/> in reading order) that name an indicator, with its Simplified form.</summary>
    private IEnumerable<(string Indicator, RecordedStatistic Statistic)> Statistics(EditionChapter chapter, int at)
    {
        var script = chapter.Source.FrontMatter.Script;
        var stats = chapter.Stats;
        for (var n = 0; n < stats.Count; n++)
        {
            var indicator = _simplified(stats[n].Source.Indicator, script).Trim();
            if (indicator.Length > 0)
            {
                yield return (indicator, new RecordedStatistic(stats[n], chapter, _simplified(stats[n].Source.Unit, script).Trim(), at, n));
            }
        }
    }

    /// <summary>
    /// The series of one indicator from its statistics (<paramref name="points"/>) in reading order: one series when its units
    /// are one or convert exactly into each other, otherwise one per unit, with a warning (YB0402).
    /// </summary>
    private IndicatorSeries Make(string indicator, List<RecordedStatistic> points, Func<EditionChapter, string> chapterUrl, DiagnosticBag? diagnostics)
    {
        var series = new List<(StatisticsSeries Series, (int, int) FirstSeen)>();
        var units = points.Select(p => p.Unit).Distinct(StringComparer.Ordinal).ToList();
        var scales = units.Select(UnitScale.Of).ToList();
        var reconcilable = units.Count > 1
            && scales.All(s => s is not null && s.Value.Family == scales[0]!.Value.Family)
            && points.All(p => UnitScale.Shift(p.Stat.Source.Value, 0) is not null);

        if (units.Count == 1 || reconcilable)
        {
            // The largest unit, so conversions only move the decimal point left and lose nothing.
            var target = units.Count == 1 ? units[0] : units.MaxBy(u => UnitScale.Of(u)!.Value.Exponent)!;
            var targetLabel = points.First(p => p.Unit == target).Stat.Unit;
            var converted = points.Select(p =>
            {
                var url = chapterUrl(p.Chapter) + "#" + p.Stat.Anchor;
                var note = p.Stat.Note ?? "";
                if (p.Unit == target)
                {
                    return new StatisticPoint(p.Stat, p.Chapter, url, p.Stat.Source.Value, targetLabel, note);
                }

                var value = UnitScale.Shift(p.Stat.Source.Value, UnitScale.Of(p.Unit)!.Value.Exponent - UnitScale.Of(target)!.Value.Exponent)!;
                var written = $"{p.Stat.Source.Value}{p.Stat.Unit}";
                return new StatisticPoint(p.Stat, p.Chapter, url, value, targetLabel, note.Length == 0 ? $"（{written}）" : $"{note}（{written}）") { Converted = true };
            });
            var made = Series(indicator, target, split: false, points[0].Stat.Indicator, targetLabel, converted);
            if (diagnostics is not null)
            {
                ReportConflicts(made, diagnostics);
            }

            series.Add((made, points[0].Seen));
            return new IndicatorSeries(points, series);
        }

        // Units that cannot be converted into each other: one series per unit, and a warning at every point
        // whose unit differs from the first, naming it, so the editor can correct either.
        var first = points[0];
        if (diagnostics is not null)
        {
            foreach (var point in points.Where(p => p.Unit != first.Unit))
            {
                diagnostics.Warning(DiagnosticCodes.SeriesUnits,
                    $"the indicator '{point.Stat.Source.Indicator}' is given in '{point.Stat.Source.Unit}' here but in '{first.Stat.Source.Unit}' at " +
                    $"{first.Stat.Source.Location.Format()}; the units cannot be converted exactly, so the values are listed as separate series",
                    point.Stat.Source.Location, first.Stat.Source.Location);
            }
        }

        foreach (var byUnit in points.GroupBy(p => p.Unit, StringComparer.Ordinal))
        {
            var label = byUnit.First().Stat.Unit;
            var unitPoints = byUnit.Select(p => new StatisticPoint(p.Stat, p.Chapter, chapterUrl(p.Chapter) + "#" + p.Stat.Anchor, p.Stat.Source.Value, label, p.Stat.Note ?? ""));
            var made = Series(indicator, byUnit.Key, split: true, byUnit.First().Stat.Indicator, label, unitPoints);
            if (diagnostics is not null)
            {
                ReportConflicts(made, diagnostics);
            }

            series.Add((made, byUnit.First().Seen));
        }

        return new IndicatorSeries(points, series);
    }

    /// <summary>
    /// The same period of a series given different values (in the series' unit) in two places: a
    /// warning at each, naming the others, since either may be the one to correct. Equal values given
    /// twice (12.30 万吨 and 123000 吨) agree. The chart draws the first of them (<see cref="SeriesChart"/>).
    /// </summary>
    private void ReportConflicts(StatisticsSeries series, DiagnosticBag diagnostics)
    {
        // Most series give each period once: that is seen without grouping, and nothing is reported.
        var periods = new HashSet<string>(StringComparer.Ordinal);
        if (series.Points.All(p => periods.Add(_simplified(p.Statistic.Source.Period, p.Chapter.Source.FrontMatter.Script).Trim())))
        {
            return;
        }

        var byPeriod = series.Points
            .Where(p => p.Number is not null)
            .GroupBy(p => _simplified(p.Statistic.Source.Period, p.Chapter.Source.FrontMatter.Script).Trim(), StringComparer.Ordinal);
        foreach (var period in byPeriod)
        {
            var points = period.ToList();
            if (points.Select(p => p.Number!.Value).Distinct().Count() < 2)
            {
                continue;
            }

            foreach (var point in points)
            {
                var others = points.Where(p => p != point && p.Number != point.Number).ToList();
                var source = point.Statistic.Source;
                diagnostics.Warning(DiagnosticCodes.StatisticConflict,
                    $"'{source.Indicator}' for {source.Period} is {source.Value} {source.Unit} here but " +
                    string.Join(" and ", others.Select(o => $"{o.Statistic.Source.Value} {o.Statistic.Source.Unit} at {o.Statistic.Source.Location.Format()}")) +
                    "; correct the figure that is wrong (the chart draws the one first in reading order, newest volume first)",
                    source.Location, [.. others.Select(o => o.Statistic.Source.Location)]);
            }
        }
    }

    /// <summary>Between the indicator and the unit in the key of a series split by unit: no YAML text holds it.</summary>
    internal const char KeyUnitSeparator = '\u001f';

    private static StatisticsSeries Series(string indicator, string unit, bool split, string label, string unitLabel, IEnumerable<StatisticPoint> points)
    {
        // The code before numbering: Build numbers like-coded series once all are known.
        var key = split ? indicator + KeyUnitSeparator + unit : indicator;
        var ordered = points.OrderBy(p => PeriodOrder.KeyOf(p.Statistic.Source.Period), PeriodOrder.Keys).ToList();
        return new StatisticsSeries(IndicatorCode.Of(key), label, unitLabel, ordered) { Key = key };
    }
}
