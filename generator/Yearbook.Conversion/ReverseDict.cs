namespace Yearbook.Conversion;

/// <summary>
/// Builds the <c>…Rev</c> dictionaries OpenCC's build derives with data/scripts/reverse.py
/// (TWVariantsRev, HKVariantsRev, JPShinjitaiCharactersRev): every value becomes a key whose values
/// are the original keys in file order, and a <c># @reverse-prefer: KEY [VALUE]</c> comment moves
/// VALUE (or KEY itself when it is alone) to the front, so it becomes the default.
/// </summary>
internal static class ReverseDict
{
    private const string ReversePreferencePrefix = "# @reverse-prefer:";

    public static TextDict Build(string name, string sourceText)
    {
        var reversed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        var preferences = new List<(string Key, string Value)>();
        foreach (var line in TextDict.Lines(sourceText))
        {
            if (line.StartsWith(ReversePreferencePrefix, StringComparison.Ordinal))
            {
                var fields = line[ReversePreferencePrefix.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length is not (1 or 2))
                {
                    throw new FormatException($"{name}: invalid reverse preference: {line}");
                }
                preferences.Add((fields[0], fields[^1]));
                continue;
            }
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            int tab = line.IndexOf('\t');
            string key = line[..tab];
            foreach (var value in line[(tab + 1)..].Split(' '))
            {
                if (!reversed.TryGetValue(value, out var keys))
                {
                    reversed[value] = keys = [];
                    order.Add(value);
                }
                keys.Add(key);
            }
        }
        foreach (var (key, preferred) in preferences)
        {
            if (!reversed.TryGetValue(key, out var values) || !values.Contains(preferred))
            {
                throw new FormatException($"{name}: reverse preference {key} -> {preferred} has no matching mapping.");
            }
            values.Remove(preferred);
            values.Insert(0, preferred);
        }
        var entries = order.Select(key => new DictEntry(key, [.. reversed[key]], name)).ToList();
        return new TextDict(name, entries);
    }
}
