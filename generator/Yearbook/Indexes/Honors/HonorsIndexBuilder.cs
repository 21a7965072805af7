using System.Globalization;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;

namespace Yearbook.Indexes.Honors;

/// <summary>
/// Builds the honors index of one edition from the chapters' front matter, and checks that an honor
/// recorded twice (same title and recipient, compared in Simplified script so a chapter written in
/// Traditional matches) agrees on its year and level. One chapter listing the same honor at the same
/// level for several years records an honor won repeatedly (连续两年…), which is not a conflict.
/// </summary>
internal sealed class HonorsIndexBuilder
{
    private readonly Func<string, Script, string> _simplified;

    /// <summary>Creates a builder; <paramref name="simplified"/> gives a text's Simplified form.</summary>
    public HonorsIndexBuilder(Func<string, Script, string> simplified) => _simplified = simplified;

    /// <summary>
    /// Builds the index of <paramref name="chapters"/> (in reading order); conflicts are reported to
    /// <paramref name="diagnostics"/> when it is given (once per build, not once per edition).
    /// </summary>
    public HonorsIndex Build(IEnumerable<EditionChapter> chapters, Func<EditionChapter, string> chapterUrl, DiagnosticBag? diagnostics)
    {
        var recorded = chapters
            .SelectMany(c => c.Honors.Select(h => new HonorEntry(h, c, chapterUrl(c) + "#" + h.Anchor)))
            .ToList();
        if (diagnostics is not null)
        {
            ReportConflicts(recorded, diagnostics);
        }

        // The same honor (title and recipient in Simplified script, year, level) told in several
        // chapters is one entry listing them all, in reading order.
        var entries = recorded
            .GroupBy(e => (Key(e), e.Year, e.Level))
            .Select(g => g.First() with { Sources = g.Select(e => new HonorSource(e.Chapter, e.Url)).DistinctBy(s => s.Url, StringComparer.Ordinal).ToList() })
            .ToList();

        // Enum order is the level order; years newest first, then honors without a year.
        var levels = entries
            .GroupBy(e => e.Level)
            .OrderBy(g => g.Key)
            .Select(g => new HonorLevelGroup(g.Key, HonorsIndex.LevelAnchor(g.Key), ByYear(g, y => $"{HonorsIndex.LevelAnchor(g.Key)}-{y?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}")))
            .ToList();
        var years = ByYear(levels.SelectMany(l => l.Years).SelectMany(y => y.Items), HonorsIndex.YearAnchor);
        return new HonorsIndex(levels, years);
    }

    private static List<HonorYearGroup> ByYear(IEnumerable<HonorEntry> entries, Func<int?, string> anchor) => entries
        .GroupBy(e => e.Year)
        .OrderBy(g => g.Key is null)
        .ThenByDescending(g => g.Key)
        .Select(g => new HonorYearGroup(g.Key, anchor(g.Key), g.ToList()))
        .ToList();

    private void ReportConflicts(List<HonorEntry> entries, DiagnosticBag diagnostics)
    {
        // In source order, so the warning falls on the later record and names the earlier one.
        var first = new Dictionary<(string, string), Honor>();
        foreach (var honor in entries.Select(e => (Honor: e.Honor.Source, Key: Key(e)))
                     .OrderBy(h => h.Honor.Location.Path, StringComparer.Ordinal).ThenBy(h => h.Honor.Location.Line))
        {
            var key = honor.Key;
            if (!first.TryGetValue(key, out var earlier))
            {
                first[key] = honor.Honor;
                continue;
            }

            var recurring = earlier.Location.Path == honor.Honor.Location.Path && earlier.Level == honor.Honor.Level;
            if (!recurring && (earlier.Year != honor.Honor.Year || earlier.Level != honor.Honor.Level))
            {
                diagnostics.Warning(DiagnosticCodes.HonorConflict,
                    $"the honor '{honor.Honor.Title}' of {honor.Honor.Recipient} is also recorded at {earlier.Location.Format()} " +
                    $"with {Describe(earlier)}; here it has {Describe(honor.Honor)}",
                    honor.Honor.Location, earlier.Location);
            }
        }
    }

    private (string Title, string Recipient) Key(HonorEntry entry)
    {
        var script = entry.Chapter.Source.FrontMatter.Script;
        return (_simplified(entry.Honor.Source.Title, script).Trim(), _simplified(entry.Honor.Source.Recipient, script).Trim());
    }

    private static string Describe(Honor honor) =>
        $"level {honor.Level.ToString().ToLowerInvariant()}, year {honor.Year?.ToString(CultureInfo.InvariantCulture) ?? "not given"}";
}
