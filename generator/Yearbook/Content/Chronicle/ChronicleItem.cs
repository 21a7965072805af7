namespace Yearbook.Content.Chronicle;

/// <summary>
/// One dated item of a chronicle (大事记), as written: its day (or only its month, for an item written
/// 是月), its anchor on the chapter page and where it is. The anchor is made from the date alone,
/// so it is the same in both editions: <c>d2024-01-05</c>, <c>d2024-01-05-2</c> for a second item of
/// that day, <c>d2024-03</c> for a month's item.
/// </summary>
/// <param name="Index">The item's position among the chapter's top-level list items (0-based).</param>
/// <param name="Date">The day; for a month's item, the first of the month.</param>
/// <param name="DayKnown">False for an item known only by its month (是月).</param>
/// <param name="Anchor">The element id on the chapter page.</param>
/// <param name="Line">The item's line in the chapter file.</param>
internal sealed record ChronicleItem(int Index, DateOnly Date, bool DayKnown, string Anchor, int Line);
