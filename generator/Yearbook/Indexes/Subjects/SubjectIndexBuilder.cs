using System.Globalization;
using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Indexes.Subjects;

/// <summary>
/// Builds the subject index of one edition from chapter titles, categories and tags, and from the
/// titles and tags of entries (条目), which lead to the entry rather than its chapter. Headings are
/// merged and sorted by their Simplified form, so both editions list the same entries in the same
/// pinyin order under the same anchors; a chapter's <c>sort_key</c> (pinyin) decides its title's
/// letter and place. The Traditional edition can use ICU's zh-TW stroke order instead.
/// </summary>
internal sealed class SubjectIndexBuilder
{
    private readonly PinyinCollation _pinyin;
    private readonly Func<string, Script, string> _simplified;

    /// <summary>Creates a builder; <paramref name="simplified"/> gives a text's Simplified form.</summary>
    public SubjectIndexBuilder(PinyinCollation pinyin, Func<string, Script, string> simplified)
    {
        _pinyin = pinyin;
        _simplified = simplified;
    }

    /// <summary>Builds the index of <paramref name="chapters"/> (in reading order), in pinyin or stroke order.</summary>
    /// <param name="chapters">The chapters of the edition.</param>
    /// <param name="strokeOrder">Whether to order by strokes (zh-TW) instead of pinyin, in groups by stroke count.</param>
    /// <param name="strokeUnit">The word after a stroke count in group labels (畫).</param>
    public SubjectIndex Build(IEnumerable<EditionChapter> chapters, bool strokeOrder = false, string strokeUnit = "畫")
    {
        var entries = new Dictionary<(SubjectKind, string), (string Heading, string? SortKey, List<EditionChapter> Chapters)>();
        var places = new Dictionary<(SubjectKind, string), List<SubjectPlace>>();
        void Add(SubjectKind kind, string heading, string? written, Script script, string? sortKey, EditionChapter chapter, EditionEntry? place = null)
        {
            if (string.IsNullOrWhiteSpace(heading) || string.IsNullOrWhiteSpace(written))
            {
                return;
            }

            var key = (kind, _simplified(written, script).Trim());
            if (!entries.TryGetValue(key, out var entry))
            {
                entries[key] = entry = (heading.Trim(), null, []);
            }

            if (entry.SortKey is null && sortKey is not null)
            {
                entries[key] = entry = entry with { SortKey = sortKey };
            }

            if (place is not null)
            {
                (places.TryGetValue(key, out var list) ? list : places[key] = []).Add(new SubjectPlace(chapter, place));
                return;
            }

            // Chapters arrive in order, so a chapter already listed is the last one: no search of
            // a list that may hold thousands.
            if (entry.Chapters.Count == 0 || !ReferenceEquals(entry.Chapters[^1], chapter))
            {
                entry.Chapters.Add(chapter);
            }
        }

        foreach (var chapter in chapters)
        {
            var written = chapter.Source.FrontMatter;
            // Headings are keyed by their Simplified form made from the text as written (not from this
            // edition's conversion, which need not round-trip), and shown as converted.
            Add(SubjectKind.Title, chapter.Title, written.Title, written.Script, written.SortKey, chapter);
            Add(SubjectKind.Category, chapter.Category, written.Category, written.Script, null, chapter);
            for (var i = 0; i < chapter.Tags.Count && i < written.Tags.Count; i++)
            {
                Add(SubjectKind.Tag, chapter.Tags[i], written.Tags[i], written.Script, null, chapter);
            }

            foreach (var entry in chapter.Entries)
            {
                Add(SubjectKind.Entry, entry.Title, entry.WrittenTitle, written.Script, null, chapter, entry);
                for (var i = 0; i < entry.Tags.Count; i++)
                {
                    Add(SubjectKind.Tag, entry.Tags[i], entry.WrittenTags[i], written.Script, null, chapter, entry);
                }
            }
        }

        // Anchors are made unique in an order that does not depend on the edition.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var items = entries
            .OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2, StringComparer.Ordinal)
            .Select(e =>
            {
                var anchor = SubjectIndex.AnchorOf(e.Key.Item1, e.Key.Item2);
                var unique = anchor;
                for (var n = 2; !used.Add(unique); n++)
                {
                    unique = $"{anchor}-{n}";
                }

                var collation = _pinyin.CollationText(e.Key.Item2, e.Value.SortKey);
                var entry = new SubjectEntry(e.Value.Heading, e.Key.Item1, unique, e.Value.Chapters) { Entries = places.GetValueOrDefault(e.Key) ?? [] };
                return (Entry: entry, Simplified: e.Key.Item2, Collation: collation);
            })
            .ToList();

        if (strokeOrder)
        {
            // Grouped by stroke count of the first character, found between ICU's own index boundaries for
            // stroke collation (U+FDD0 followed by U+2800 + n sorts just before the first n-stroke character).
            var stroke = CultureInfo.GetCultureInfo("zh-TW").CompareInfo;
            var byStroke = stroke.GetStringComparer(CompareOptions.None);
            return new SubjectIndex(items
                .Select(i => (i.Entry, Strokes: StrokeCount(stroke, i.Entry.Heading)))
                .GroupBy(i => i.Strokes)
                .OrderBy(g => g.Key == 0)
                .ThenBy(g => g.Key)
                .Select(g => new SubjectGroup(
                    g.Key == 0 ? "#" : $"{g.Key}{strokeUnit}",
                    g.Key == 0 ? "strokes-other" : $"strokes-{g.Key}",
                    g.OrderBy(i => i.Entry.Heading, byStroke).ThenBy(i => i.Entry.Kind).ThenBy(i => i.Entry.Heading, StringComparer.Ordinal).Select(i => i.Entry).ToList()))
                .ToList());
        }

        var groups = items
            .Select(i => (i.Entry, i.Simplified, i.Collation, Letter: _pinyin.LetterOf(i.Collation)))
            .GroupBy(i => i.Letter, StringComparer.Ordinal)
            .OrderBy(g => g.Key == "#")
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SubjectGroup(
                g.Key,
                g.Key == "#" ? "letter-other" : "letter-" + g.Key.ToLowerInvariant(),
                g.OrderBy(i => i.Collation, _pinyin.Comparer)
                 .ThenBy(i => i.Entry.Kind)
                 .ThenBy(i => i.Simplified, StringComparer.Ordinal)
                 .Select(i => i.Entry)
                 .ToList()))
            .ToList();
        return new SubjectIndex(groups);
    }

    /// <summary>The stroke count of a heading's first character by ICU's stroke index, or 0 when it does not begin with a Han character.</summary>
    public static int StrokeCount(CompareInfo stroke, string heading)
    {
        if (heading.Length == 0 || !char.IsSurrogate(heading[0]) && heading[0] < 0x2E80)
        {
            return 0;
        }

        int low = 1, high = 64, found = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (stroke.Compare(heading, "\uFDD0" + (char)(0x2800 + mid), CompareOptions.None) >= 0)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
