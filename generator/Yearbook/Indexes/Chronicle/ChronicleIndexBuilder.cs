using System.Globalization;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Chronicle;

/// <summary>
/// Gathers the dated items of every chronicle chapter of an edition into one chronicle by year and
/// month. Items of the same day keep their volumes' order (older volume first), then their order in
/// the chapter; the page's anchors are the items' date anchors, numbered where two volumes record a day.
/// </summary>
internal sealed class ChronicleIndexBuilder
{
    private readonly Func<EditionChapter, string> _chapterUrl;

    /// <summary>Creates a builder; <paramref name="chapterUrl"/> gives a chapter's address in the edition.</summary>
    public ChronicleIndexBuilder(Func<EditionChapter, string> chapterUrl) => _chapterUrl = chapterUrl;

    /// <summary>Builds the chronicle of <paramref name="volumes"/> (newest first, as the contents list them).</summary>
    public ChronicleIndex Build(IEnumerable<EditionVolume> volumes)
    {
        var items = volumes
            .OrderBy(v => v.Source.Year)
            .ThenBy(v => v.Source.Slug, StringComparer.Ordinal)
            .SelectMany(v => v.Chapters.SelectMany(c => c.Chronicle.Select(i => (Volume: v, Chapter: c, Item: i))))
            .OrderBy(x => x.Item.Source.Date) // a stable sort: the volumes' order stays within a day
            .ToList();

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var entries = items.Select(x =>
        {
            var date = x.Item.Source.Date;
            var baseAnchor = "d" + date.ToString(x.Item.Source.DayKnown ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);
            var anchor = baseAnchor;
            for (var n = 2; !anchors.Add(anchor); n++)
            {
                anchor = $"{baseAnchor}-{n}";
            }

            return new ChronicleEntry(x.Item, x.Chapter, x.Volume, anchor, _chapterUrl(x.Chapter) + "#" + x.Item.Source.Anchor);
        });

        return new ChronicleIndex(entries
            .GroupBy(e => e.Item.Source.Date.Year)
            .Select(y => new ChronicleYear(y.Key, $"y{y.Key:D4}", y
                .GroupBy(e => e.Item.Source.Date.Month)
                .Select(m => new ChronicleMonth(m.Key, $"m{y.Key:D4}-{m.Key:D2}", m.ToList()))
                .ToList()))
            .ToList());
    }
}
