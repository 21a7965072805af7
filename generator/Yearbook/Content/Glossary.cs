namespace Yearbook.Content;

/// <summary>
/// One editor-owned conversion rule: this Simplified text and this Traditional text are each other's
/// form. A site publishing Taiwan or Hong Kong forms (<c>conversion.variant</c>) gets the entry's
/// <see cref="Tw"/> or <see cref="Hk"/> form, or else its <see cref="Hant"/> form through that
/// variant's step, as OpenCC's own text is.
/// </summary>
/// <param name="Hans">The Simplified form.</param>
/// <param name="Hant">The Traditional form.</param>
internal sealed record GlossaryEntry(string Hans, string Hant)
{
    /// <summary>The Taiwan form, when it is not what OpenCC's t2tw makes of <see cref="Hant"/>.</summary>
    public string? Tw { get; init; }

    /// <summary>The Hong Kong form, when it is not what OpenCC's t2hk makes of <see cref="Hant"/>.</summary>
    public string? Hk { get; init; }

    /// <summary>Whether the entry is a person's name (<c>person: true</c>), which an entry title should not hold.</summary>
    public bool IsPerson { get; init; }
}

/// <summary>The site's glossary (<c>glossary.yml</c>): phrase pairs that win over the dictionaries, both directions.</summary>
/// <param name="Entries">The entries in file order.</param>
internal sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>A glossary with no entries.</summary>
    public static Glossary Empty { get; } = new([]);
}
