using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>A volume (卷) of the yearbook: one year's book, with its chapters.</summary>
internal sealed record Volume
{
    /// <summary>The folder name, e.g. <c>2025</c>; also its address.</summary>
    public required string Slug { get; init; }

    /// <summary>The volume title, e.g. 源汇区年鉴（2025）.</summary>
    public required string Title { get; init; }

    /// <summary>The year of the volume.</summary>
    public required int Year { get; init; }

    /// <summary>The year the volume documents (a 2025 volume records 2024).</summary>
    public required int RecordYear { get; init; }

    /// <summary>The preface, in Markdown.</summary>
    public string Preface { get; init; } = "";

    /// <summary>The script the volume file is written in.</summary>
    public Script Script { get; init; }

    /// <summary>The chapters in reading order: by category order of first appearance, then order, then slug.</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    /// <summary>Where the volume is described.</summary>
    public required SourceLocation Location { get; init; }


    /// <summary>The category folders in the order the volume's <c>categories</c> list gives them (possibly none).</summary>
    public IReadOnlyList<string> CategoryOrder { get; init; } = [];

    /// <summary>The editor body, publisher, place and ISBN/ISSN of this volume (the site's, where it gives none), for citations.</summary>
    public Publication Publication { get; init; } = Publication.None;

    /// <summary>
    /// Puts <paramref name="chapters"/> in reading order: features, the chronicle, the rest, appendices; within those, categories follow <paramref name="categoryOrder"/>,
    /// then their first chapter's order; chapters follow their own order, then slug.
    /// </summary>
    public static List<Chapter> ReadingOrder(IEnumerable<Chapter> chapters, IReadOnlyList<string> categoryOrder)
    {
        var all = chapters.ToList();
        var categoryRank = all
            .GroupBy(c => c.CategorySlug ?? "")
            .ToDictionary(g => g.Key, g => g.Min(c => c.FrontMatter.Order));
        // A folder missing from the list but named like a listed one (its chapters' category) is read
        // with it, so the contents show that category once.
        var listedByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chapter in all.Where(c => !string.IsNullOrEmpty(c.FrontMatter.Category)))
        {
            if (categoryOrder.ToList().IndexOf(chapter.CategorySlug ?? "") is var index and >= 0)
            {
                listedByName[chapter.FrontMatter.Category!] = Math.Min(listedByName.GetValueOrDefault(chapter.FrontMatter.Category!, int.MaxValue), index);
            }
        }

        var unlistedRank = all
            .Where(c => !categoryOrder.Contains(c.CategorySlug ?? "") && c.FrontMatter.Category is { Length: > 0 })
            .GroupBy(c => c.CategorySlug ?? "")
            .ToDictionary(g => g.Key, g => g.Select(c => listedByName.GetValueOrDefault(c.FrontMatter.Category!, int.MaxValue)).Min());
        int Listed(Chapter c) => categoryOrder.ToList().IndexOf(c.CategorySlug ?? "") is var i and >= 0 ? i
            : unlistedRank.GetValueOrDefault(c.CategorySlug ?? "", int.MaxValue);
        // Features and the chronicle open the volume, appendices close it (ChapterKinds.Rank), whatever their category.
        return all
            .OrderBy(c => c.FrontMatter.Kind.Rank())
            .ThenBy(Listed)
            .ThenBy(c => categoryRank[c.CategorySlug ?? ""])
            .ThenBy(c => c.CategorySlug ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.FrontMatter.Order)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
