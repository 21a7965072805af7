namespace Yearbook.Conversion;

/// <summary>
/// An OpenCC text dictionary (<c>key\tvalue value…</c> per line), parsed the way OpenCC's
/// Lexicon::ParseLexiconFromBuffer does: optional BOM, lines starting with <c>#</c> and empty lines
/// skipped, CR before LF dropped, values split on single spaces, duplicate keys rejected.
/// </summary>
internal sealed class TextDict
{
    public TextDict(string name, IReadOnlyList<DictEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    public string Name { get; }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<DictEntry> Entries { get; }

    public static TextDict Parse(string name, string text)
    {
        var entries = new List<DictEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var rawLine in Lines(text))
        {
            lineNumber++;
            var line = rawLine;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new FormatException($"{name}.txt({lineNumber}): no tab between key and value.");
            }
            string key = line[..tab];
            string[] values = line[(tab + 1)..].Split(' ');
            if (!seen.Add(key))
            {
                throw new FormatException($"{name}.txt({lineNumber}): the text dictionary contains the duplicated key {key}.");
            }
            entries.Add(new DictEntry(key, values, name));
        }
        return new TextDict(name, entries);
    }

    /// <summary>Lines without their terminators; a BOM at the start is dropped.</summary>
    internal static IEnumerable<string> Lines(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            yield return text[start..contentEnd];
            start = end + 1;
        }
    }
}
