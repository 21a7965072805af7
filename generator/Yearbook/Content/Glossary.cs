namespace Yearbook.Content;

/// <summary>One editor-owned conversion rule: this Simplified text and this Traditional text are each other's form.</summary>
/// <param name="Hans">The Simplified form.</param>
/// <param name="Hant">The Traditional form.</param>
public sealed record GlossaryEntry(string Hans, string Hant);

/// <summary>The site's glossary (<c>glossary.yml</c>): phrase pairs that win over the dictionaries, both directions.</summary>
/// <param name="Entries">The entries in file order.</param>
public sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>A glossary with no entries.</summary>
    public static Glossary Empty { get; } = new([]);
}
