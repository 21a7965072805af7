using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Chronicle;

/// <summary>One item of the chronicle across volumes, with the chapter and volume that record it.</summary>
/// <param name="Item">The item in the edition's script.</param>
/// <param name="Chapter">The chronicle chapter that records it.</param>
/// <param name="Volume">That chapter's volume.</param>
/// <param name="Anchor">Its id on the chronicle page: its date anchor, numbered when volumes repeat a day.</param>
/// <param name="Url">The address of the item on its chapter page (<c>…/#d2024-01-05</c>).</param>
internal sealed record ChronicleEntry(EditionChronicleItem Item, EditionChapter Chapter, EditionVolume Volume, string Anchor, string Url);

/// <summary>The items of one month of one year, in date order.</summary>
/// <param name="Month">The month (1–12).</param>
/// <param name="Anchor">The section id, e.g. <c>m2024-03</c>.</param>
/// <param name="Items">The items.</param>
internal sealed record ChronicleMonth(int Month, string Anchor, IReadOnlyList<ChronicleEntry> Items);

/// <summary>The items of one year, by month.</summary>
/// <param name="Year">The year.</param>
/// <param name="Anchor">The section id, e.g. <c>y2024</c>.</param>
/// <param name="Months">The months that have items, in order.</param>
internal sealed record ChronicleYear(int Year, string Anchor, IReadOnlyList<ChronicleMonth> Months);

/// <summary>The chronicle (大事记) of every volume of one edition, by year and month, oldest first as chronicles read.</summary>
/// <param name="Years">The years that have items, in order.</param>
internal sealed record ChronicleIndex(IReadOnlyList<ChronicleYear> Years)
{
    /// <summary>How many items the index lists.</summary>
    public int Count => Years.Sum(y => y.Months.Sum(m => m.Items.Count));
}
