using System.Globalization;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;

namespace Yearbook.Indexes.Honors;

/// <summary>
/// Builds the honors index of one edition from the chapters' front matter, and checks that an honor
/// recorded twice agrees on its level and awarding body. An honor is identified by (title, recipient,
/// year), the texts compared in Simplified script so a chapter written in Traditional matches: the
/// same title given to the same recipient in another year is a re-award (连续两年…), never a conflict.
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
        var first = new Dictionary<(string, string, int?), (Honor Honor, string? AwardedBy)>();
        foreach (var (honor, key, awardedBy) in entries.Select(e => (Honor: e.Honor.Source, Key: Key(e), AwardedBy: AwardedBy(e)))
                     .OrderBy(h => h.Honor.Location.Path, StringComparer.Ordinal).ThenBy(h => h.Honor.Location.Line))
        {
            if (!first.TryGetValue((key.Title, key.Recipient, honor.Year), out var earlier))
            {
                first[(key.Title, key.Recipient, honor.Year)] = (honor, awardedBy);
                continue;
            }

            // A level or awarding body left out is not stated, so it differs from none.
            var level = earlier.Honor.Level != honor.Level && earlier.Honor.Level != HonorLevel.Unknown && honor.Level != HonorLevel.Unknown;
            var body = earlier.AwardedBy is not null && awardedBy is not null && earlier.AwardedBy != awardedBy;
            if (level || body)
            {
                diagnostics.Warning(DiagnosticCodes.HonorConflict,
                    $"the honor '{honor.Title}' of {honor.Recipient} in {Year(honor)} is also recorded at {earlier.Honor.Location.Format()} " +
                    $"with {Describe(earlier.Honor)}; here it has {Describe(honor)}",
                    honor.Location, earlier.Honor.Location);
            }
        }
    }

    private string? AwardedBy(HonorEntry entry) =>
        entry.Honor.Source.AwardedBy is { } body ? _simplified(body, entry.Chapter.Source.FrontMatter.Script).Trim() : null;

    private (string Title, string Recipient) Key(HonorEntry entry)
    {
        var script = entry.Chapter.Source.FrontMatter.Script;
        return (_simplified(entry.Honor.Source.Title, script).Trim(), _simplified(entry.Honor.Source.Recipient, script).Trim());
    }

    private static string Year(Honor honor) => honor.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year";

    private static string Describe(Honor honor) =>
        $"level {honor.Level.ToString().ToLowerInvariant()}, awarded by {honor.AwardedBy ?? "(not given)"}";
}
