using System.Globalization;
using Markdig.Syntax;
using Yearbook.Diagnostics;

namespace Yearbook.Content.Chronicle;

/// <summary>
/// Reads the dated items of a chronicle chapter and checks their dates, with warnings: each a day of
/// the calendar, within the volume's record year (or the volume's own year, for events a volume records
/// ahead, as the sample's 2025 volume does with the 2025 Spring Festival), in order, and in the month of
/// the heading above it. An item with no date is reported and has no anchor.
/// </summary>
internal sealed class ChronicleReader
{
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates a reader that reports to <paramref name="diagnostics"/>.</summary>
    public ChronicleReader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The dated items of <paramref name="body"/> (parsed as <paramref name="document"/>), in order, each with its anchor.</summary>
    /// <param name="document">The parsed body.</param>
    /// <param name="body">The body as written.</param>
    /// <param name="path">The chapter file, for diagnostics.</param>
    /// <param name="bodyLine">The file line the body starts on.</param>
    /// <param name="recordYear">The year the volume records: the year of items written without one.</param>
    /// <param name="volumeYear">The volume's own year, the latest a date may be.</param>
    public IReadOnlyList<ChronicleItem> Read(MarkdownDocument document, string body, string path, int bodyLine, int recordYear, int volumeYear)
    {
        var items = new List<ChronicleItem>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? previous = null;
        foreach (var entry in ChronicleList.Items(document, body))
        {
            var line = bodyLine + entry.Block.Line;
            var at = new SourceLocation(path, line, entry.Block.Column + 1);
            var first = ChronicleList.FirstLine(entry.Block, body);
            if (ChronicleList.DateAtStart(first) is not { } m)
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleUndated,
                    "a chronicle item must open with its date: '1月5日 …' (under a '## 1月' heading), '2024-01-05 …', or '是月 …' for an event known only by its month",
                    at);
                continue;
            }

            int Number(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            var dayKnown = !m.Groups["same"].Success;
            var (year, month, day) = m.Groups["iso"].Success ? (Number("iy"), Number("im"), Number("id"))
                : dayKnown ? (m.Groups["y"].Success ? Number("y") : entry.HeadingYear ?? recordYear, Number("m"), Number("d"))
                : (entry.HeadingYear ?? recordYear, entry.HeadingMonth ?? 0, 1);
            if (!dayKnown && entry.HeadingMonth is null)
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleUndated,
                    $"'{m.Value}' stands for the month of the heading above, and there is none: put the item under a heading such as '## 3月'", at);
                continue;
            }

            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleDate, $"'{m.Value}' is not a day of the calendar ({year}); the item has no anchor", at);
                continue;
            }

            var date = new DateOnly(year, month, day);
            var inYears = year >= recordYear && year <= volumeYear;
            if (!inYears)
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleDate,
                    volumeYear > recordYear
                        ? $"{Format(date, dayKnown)} is outside the record year {recordYear} of this volume (or {volumeYear}, its own year); check the year"
                        : $"{Format(date, dayKnown)} is outside the record year {recordYear} of this volume; check the year",
                    at);
            }
            else if (entry.HeadingMonth is { } headingMonth && dayKnown && (headingMonth != month || (entry.HeadingYear is { } hy && hy != year)))
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleOrder,
                    $"{Format(date, dayKnown)} stands under the heading of {(entry.HeadingYear is { } y ? $"{y}年" : "")}{headingMonth}月; move it under its month", at);
            }
            else if (previous is { } before && (dayKnown ? date < before : (year, month).CompareTo((before.Year, before.Month)) < 0))
            {
                _diagnostics.Warning(DiagnosticCodes.ChronicleOrder,
                    $"{Format(date, dayKnown)} comes after {Format(before, true)}: a chronicle runs in date order, move the item up", at);
            }

            // A date outside the years is most likely a slip of the year: the items after it are ordered against the ones before.
            if (inYears && (previous is not { } p || p < date))
            {
                previous = date;
            }

            var anchor = dayKnown ? $"d{year:D4}-{month:D2}-{day:D2}" : $"d{year:D4}-{month:D2}";
            var unique = anchor;
            for (var n = 2; !anchors.Add(unique); n++)
            {
                unique = $"{anchor}-{n}";
            }

            items.Add(new ChronicleItem(entry.Index, date, dayKnown, unique, line));
        }

        return items;
    }

    private static string Format(DateOnly date, bool dayKnown) => dayKnown ? $"{date.Year}年{date.Month}月{date.Day}日" : $"{date.Year}年{date.Month}月";
}
