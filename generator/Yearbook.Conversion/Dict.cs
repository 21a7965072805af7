namespace Yearbook.Conversion;

/// <summary>
/// A set of entries that answers "longest key that is a prefix of the text here". A leaf comes from
/// one text dictionary; a <see cref="DictGroup"/> folds several into one with the same answers, so
/// matching at run time walks a single <see cref="PrefixMatch"/> instead of one per dictionary.
/// </summary>
internal sealed class Dict
{
    public Dict(string name, Dictionary<string, DictEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    /// <summary>The dictionary name, or for a group the names of its members.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, DictEntry> Entries { get; }

    public static Dict From(TextDict text)
    {
        var entries = new Dictionary<string, DictEntry>(text.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in text.Entries)
        {
            entries.Add(entry.Key, entry);
        }
        return new Dict(text.Name, entries);
    }
}
