namespace Yearbook.SyntheticSite.Prose;

/// <summary>An indicator a domain reports every year, so that the volumes together form a series.</summary>
/// <param name="Name">The indicator, e.g. 地区生产总值.</param>
/// <param name="Unit">Its unit, e.g. 亿元.</param>
/// <param name="Base">Its value in 2000.</param>
/// <param name="Growth">Its yearly growth rate.</param>
/// <param name="Decimals">Decimals printed.</param>
public sealed record Indicator(string Name, string Unit, double Base, double Growth, int Decimals);

/// <summary>
/// One field of yearbook writing (economy, education, health …): the category it becomes, and the
/// words and sentence patterns its chapters are written from. Patterns hold slots that
/// <see cref="ProseWriter"/> fills: {y} the record year, {place} a place, {n} a small count, {N} a
/// large count, {f} a decimal, {p} a percentage.
/// </summary>
public sealed record Domain
{
    /// <summary>The category folder, an ASCII slug.</summary>
    public required string Slug { get; init; }

    /// <summary>The category name (类目).</summary>
    public required string Name { get; init; }

    /// <summary>What a chapter of the domain is about, appended to its place for the title.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Subject tags.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Indicators reported in the front matter and the chapter's table.</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>Who acts: the subjects of sentences.</summary>
    public required IReadOnlyList<string> Actors { get; init; }

    /// <summary>What they do: verb phrases.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>What came of it: clauses with figures.</summary>
    public required IReadOnlyList<string> Results { get; init; }

    /// <summary>Section headings.</summary>
    public required IReadOnlyList<string> Headings { get; init; }

    /// <summary>Honors the domain's units receive, without their level (国家级, 省级 … is put in front).</summary>
    public required IReadOnlyList<string> Honors { get; init; }
}
