namespace Yearbook.Content;

/// <summary>What kind of section of a yearbook a chapter is (<c>kind:</c> in its front matter).</summary>
internal enum ChapterKind
{
    /// <summary>A 分目 of entries (条目), the default.</summary>
    Entries,

    /// <summary>The chronicle (大事记): a list of dated items.</summary>
    Chronicle,

    /// <summary>A feature (特载/专文): a document reprinted, exempt from the record-year check.</summary>
    Feature,

    /// <summary>An appendix (附录): supporting tables and lists, at the back of the volume.</summary>
    Appendix,

    /// <summary>People (人物): biographies and name lists.</summary>
    People,
}

/// <summary>The words of <see cref="ChapterKind"/> in front matter, and the place of each kind in a volume.</summary>
internal static class ChapterKinds
{
    /// <summary>The words <c>kind:</c> accepts, in the enum's order.</summary>
    public static readonly string[] Words = ["entries", "chronicle", "feature", "appendix", "people"];

    /// <summary>The kind <paramref name="word"/> names; <see cref="ChapterKind.Entries"/> for null.</summary>
    public static ChapterKind Parse(string? word) => word is null ? ChapterKind.Entries : (ChapterKind)Array.IndexOf(Words, word);

    /// <summary>The front matter word of <paramref name="kind"/> (also its CSS class suffix).</summary>
    public static string Word(this ChapterKind kind) => Words[(int)kind];

    /// <summary>
    /// Where a kind stands in a volume, as printed yearbooks order them: features (特载) first, then the
    /// chronicle (大事记), then the categories in their listed order, appendices (附录) last.
    /// </summary>
    public static int Rank(this ChapterKind kind) => kind switch
    {
        ChapterKind.Feature => 0,
        ChapterKind.Chronicle => 1,
        ChapterKind.Appendix => 3,
        _ => 2,
    };
}
