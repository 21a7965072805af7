using System.Globalization;
using System.Text.RegularExpressions;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// Orders the periods contributors write: <c>2016</c>, <c>2020-09</c>, <c>2025-01-28</c>,
/// <c>2020-Q1-Q3</c> (first three quarters), <c>2012-2022</c> and <c>2025-01-28/2025-02-04</c>
/// (ranges). A period is read as the span of days it covers and sorted by its end, then its start,
/// so a year's first three quarters come before the whole year and a cumulative decade after its first
/// year. Periods that cannot be read go last, in text order.
/// </summary>
internal sealed partial class PeriodOrder : IComparer<string>
{
    /// <summary>The comparer.</summary>
    public static PeriodOrder Instance { get; } = new();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{4})-?Q([1-4])(?:-Q?([1-4]))?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex YearRangePattern();

    /// <summary>The days a period covers, or null when it cannot be read.</summary>
    public static (DateOnly Start, DateOnly End)? Span(string period)
    {
        period = period.Trim().TrimEnd('年');
        if (YearRangePattern().Match(period) is { Success: true } years)
        {
            return Combine(Span(years.Groups[1].Value), Span(years.Groups[2].Value));
        }

        var slash = period.IndexOf('/');
        if (slash > 0)
        {
            return Combine(Span(period[..slash]), Span(period[(slash + 1)..]));
        }

        if (QuarterPattern().Match(period) is { Success: true } quarter)
        {
            var year = Int(quarter.Groups[1].Value);
            var first = Int(quarter.Groups[2].Value);
            var last = quarter.Groups[3].Success ? Int(quarter.Groups[3].Value) : first;
            return last < first ? null : (new DateOnly(year, first * 3 - 2, 1), new DateOnly(year, last * 3, 1).AddMonths(1).AddDays(-1));
        }

        if (DatePattern().Match(period) is not { Success: true } date)
        {
            return null;
        }

        var y = Int(date.Groups[1].Value);
        if (!date.Groups[2].Success)
        {
            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        var m = Int(date.Groups[2].Value);
        if (m is < 1 or > 12 || y < 1)
        {
            return null;
        }

        if (!date.Groups[3].Success)
        {
            return (new DateOnly(y, m, 1), new DateOnly(y, m, 1).AddMonths(1).AddDays(-1));
        }

        var d = Int(date.Groups[3].Value);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? (new DateOnly(y, m, d), new DateOnly(y, m, d)) : null;
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y) => Compare(KeyOf(x ?? ""), KeyOf(y ?? ""));

    /// <summary>
    /// A period read once, for sorting many: reading takes a few regular-expression matches, and a sort
    /// compares each period about log n times. Keys compare as <see cref="Compare(string?, string?)"/> compares their texts.
    /// </summary>
    /// <param name="Text">The period as written.</param>
    /// <param name="Days">The days it covers (<see cref="Span"/>), or null when it cannot be read.</param>
    public readonly record struct Key(string Text, (DateOnly Start, DateOnly End)? Days);

    /// <summary>Reads <paramref name="period"/> for sorting with <see cref="Keys"/>.</summary>
    public static Key KeyOf(string period) => new(period, Spans.GetOrAdd(period, Span));

    // Pure, and asked for every point of every series at each edit of a statistic; a site has few distinct periods.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateOnly Start, DateOnly End)?> Spans = new(StringComparer.Ordinal);

    /// <summary>The order of <see cref="Key"/>s: the order of their periods.</summary>
    public static IComparer<Key> Keys { get; } = Comparer<Key>.Create(Compare);

    private static int Compare(Key x, Key y)
    {
        var (a, b) = (x.Days, y.Days);
        if (a is null || b is null)
        {
            return a is null && b is null ? string.CompareOrdinal(x.Text, y.Text) : a is null ? 1 : -1;
        }

        var byEnd = a.Value.End.CompareTo(b.Value.End);
        var byStart = a.Value.Start.CompareTo(b.Value.Start);
        return byEnd != 0 ? byEnd : byStart != 0 ? byStart : string.CompareOrdinal(x.Text, y.Text);
    }

    private static (DateOnly, DateOnly)? Combine((DateOnly Start, DateOnly End)? from, (DateOnly Start, DateOnly End)? to) =>
        from is { } f && to is { } t && f.Start <= t.End ? (f.Start, t.End) : null;

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
