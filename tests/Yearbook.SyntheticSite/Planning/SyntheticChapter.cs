namespace Yearbook.SyntheticSite.Planning;

/// <summary>An honor in a chapter's front matter.</summary>
/// <param name="Title">The honor, its level word included (省级…).</param>
/// <param name="Level">The front matter level: national, provincial, municipal or district.</param>
/// <param name="Year">The year it was awarded.</param>
/// <param name="Recipient">Who received it.</param>
public sealed record SyntheticHonor(string Title, string Level, int Year, string Recipient);

/// <summary>A figure in a chapter's front matter.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Value">The value as written (invariant culture).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Period">The period, the record year.</param>
public sealed record SyntheticStatistic(string Indicator, string Value, string Unit, string Period);

/// <summary>A chapter's text in Simplified script, ready to be written in either tool's format.</summary>
public sealed record SyntheticChapter
{
    /// <summary>Where it sits.</summary>
    public required PlannedChapter Plan { get; init; }

    /// <summary>Its date, yyyy-mm-dd.</summary>
    public required string Date { get; init; }

    /// <summary>One sentence summarising it.</summary>
    public required string Summary { get; init; }

    /// <summary>Who wrote it.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>Where the material came from.</summary>
    public required string Source { get; init; }

    /// <summary>Subject tags.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Honors.</summary>
    public required IReadOnlyList<SyntheticHonor> Honors { get; init; }

    /// <summary>Statistics.</summary>
    public required IReadOnlyList<SyntheticStatistic> Statistics { get; init; }

    /// <summary>The Markdown body, in Simplified script.</summary>
    public required string Body { get; init; }
}
