using Yearbook.Model;

namespace Yearbook.Indexes.Subjects;

/// <summary>
/// A piece of a subject heading on one page: the whole heading, or, for a heading that leads to more
/// places than a page holds, a run of them (the first run carries the heading's anchor).
/// </summary>
/// <param name="Entry">The heading.</param>
/// <param name="Chapters">The chapters of this piece.</param>
/// <param name="Places">The entries (条目) of this piece.</param>
/// <param name="Continued">Whether the heading began on an earlier piece.</param>
internal sealed record SubjectPiece(SubjectEntry Entry, IReadOnlyList<Editions.EditionChapter> Chapters, IReadOnlyList<SubjectPlace> Places, bool Continued);

/// <summary>One letter (or stroke group) of the subject index cut into pages.</summary>
/// <param name="Group">The group.</param>
/// <param name="Key">Its folder name: <c>a</c>, <c>other</c>, <c>strokes-5</c>.</param>
/// <param name="Pages">Its pages, each a list of pieces.</param>
internal sealed record SubjectPart(SubjectGroup Group, string Key, IReadOnlyList<IReadOnlyList<SubjectPiece>> Pages)
{
    /// <summary>How many headings the group holds.</summary>
    public int Count => Group.Entries.Count;
}

/// <summary>
/// Cuts each letter of the subject index into pages of at most <see cref="PageBudget"/> (2 per heading,
/// 1 per link: about 1,000 links, 3,000 elements and 120 KB), by counts that both editions share.
/// </summary>
internal static class SubjectPaging
{
    /// <summary>The weight one page holds.</summary>
    public const int PageBudget = 1200;

    /// <summary>The parts of an index of <paramref name="groups"/>, in the index's order.</summary>
    public static IReadOnlyList<SubjectPart> Split(IReadOnlyList<SubjectGroup> groups) => groups
        .Select(g => new SubjectPart(g, Key(g), IndexPaging.Split(g.Entries.SelectMany(Pieces), p => 2 + p.Chapters.Count + p.Places.Count, PageBudget)
            .Select(p => (IReadOnlyList<SubjectPiece>)p).ToList()))
        .ToList();

    /// <summary>The folder name of a group: its anchor without <c>letter-</c>.</summary>
    public static string Key(SubjectGroup group) => group.Anchor.StartsWith("letter-", StringComparison.Ordinal) ? group.Anchor["letter-".Length..] : group.Anchor;

    private static IEnumerable<SubjectPiece> Pieces(SubjectEntry entry)
    {
        // Chapters, then entries, in runs that leave room for the heading on a page.
        const int run = PageBudget - 2;
        var links = entry.Chapters.Count + entry.Entries.Count;
        if (links <= run)
        {
            yield return new SubjectPiece(entry, entry.Chapters, entry.Entries, false);
            yield break;
        }

        for (var start = 0; start < links; start += run)
        {
            var end = Math.Min(start + run, links);
            var chapters = entry.Chapters.Skip(start).Take(Math.Max(0, Math.Min(end, entry.Chapters.Count) - start)).ToList();
            var placesStart = Math.Max(0, start - entry.Chapters.Count);
            var places = entry.Entries.Skip(placesStart).Take(Math.Max(0, end - Math.Max(start, entry.Chapters.Count))).ToList();
            yield return new SubjectPiece(entry, chapters, places, start > 0);
        }
    }
}
