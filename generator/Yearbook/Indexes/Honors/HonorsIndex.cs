using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Indexes.Honors;

/// <summary>A chapter that records an honor, and the address of the honor's row on its page.</summary>
/// <param name="Chapter">The chapter.</param>
/// <param name="Url">The address of the honor's row on the chapter page (<c>…/#honor-N</c>).</param>
internal sealed record HonorSource(EditionChapter Chapter, string Url);

/// <summary>One honor in the index, with the chapter that records it first.</summary>
/// <param name="Honor">The honor in the edition's script, as the first chapter records it.</param>
/// <param name="Chapter">The chapter it is recorded in first (in reading order).</param>
/// <param name="Url">The address of its row on that chapter's page (<c>…/#honor-N</c>).</param>
internal sealed record HonorEntry(EditionHonor Honor, EditionChapter Chapter, string Url)
{
    /// <summary>
    /// Every chapter that records this honor (same title, recipient, year and level), the first one
    /// first: an honor told in several chapters or volumes is one entry of the index.
    /// </summary>
    public IReadOnlyList<HonorSource> Sources { get; init; } = [new(Chapter, Url)];

    /// <summary>The level.</summary>
    public HonorLevel Level => Honor.Source.Level;

    /// <summary>The year, when known.</summary>
    public int? Year => Honor.Source.Year;
}

/// <summary>The honors of one year within a level; <see cref="Year"/> is null for those without a year.</summary>
/// <param name="Year">The year, or null.</param>
/// <param name="Anchor">The section id, e.g. <c>level-national-2024</c>.</param>
/// <param name="Items">The honors, in reading order.</param>
internal sealed record HonorYearGroup(int? Year, string Anchor, IReadOnlyList<HonorEntry> Items);

/// <summary>The honors of one level, by year, newest first.</summary>
/// <param name="Level">The level (<see cref="HonorLevel.Unknown"/> last).</param>
/// <param name="Anchor">The section id, e.g. <c>level-national</c>.</param>
/// <param name="Years">The years, newest first, no year last.</param>
internal sealed record HonorLevelGroup(HonorLevel Level, string Anchor, IReadOnlyList<HonorYearGroup> Years)
{
    /// <summary>How many honors the level holds.</summary>
    public int Count => Years.Sum(y => y.Items.Count);
}

/// <summary>Every honor of every chapter of one edition, grouped by level then year, and by year alone.</summary>
/// <param name="Levels">By level (国家级, 省级, 市级, 区级, then none), each by year.</param>
/// <param name="Years">By year alone, newest first, no year last; each year's honors by level.</param>
internal sealed record HonorsIndex(IReadOnlyList<HonorLevelGroup> Levels, IReadOnlyList<HonorYearGroup> Years)
{
    /// <summary>Every honor once, in the order of the page's level view (also the order of the downloads).</summary>
    public IEnumerable<HonorEntry> All => Levels.SelectMany(l => l.Years).SelectMany(y => y.Items);

    /// <summary>The section id of a year in the by-year view.</summary>
    public static string YearAnchor(int? year) => year is { } y ? $"year-{y}" : "year-unknown";

    /// <summary>The section id of a level.</summary>
    public static string LevelAnchor(HonorLevel level) => "level-" + level.ToString().ToLowerInvariant();
}
