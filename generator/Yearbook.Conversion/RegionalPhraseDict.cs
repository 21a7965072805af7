namespace Yearbook.Conversion;

/// <summary>
/// Builds STPhrases_GeneratedFromRegionalPhrases the way
/// data/scripts/generate_st_phrases_from_regional_phrases.py does: every key of HKPhrases and
/// TWPhrases is converted with t2s (tofu-risk dictionaries included); a simplified projection of at
/// least three code points maps back to the first regional key that produced it. Shorter projections
/// are left out because they would split longer Simplified words before STPhrases could match them.
/// </summary>
internal static class RegionalPhraseDict
{
    public static TextDict Build(string name, IEnumerable<TextDict> regionalPhrases, Converter t2s)
    {
        var projections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var dict in regionalPhrases)
        {
            foreach (var entry in dict.Entries)
            {
                string projected = t2s.Convert(entry.Key);
                if (CodePoints(projected) < 3)
                {
                    continue;
                }
                if (!projections.TryGetValue(projected, out var keys))
                {
                    projections[projected] = keys = [];
                    order.Add(projected);
                }
                keys.Add(entry.Key);
            }
        }
        var conflicts = order.Where(k => projections[k].Distinct(StringComparer.Ordinal).Count() > 1).ToList();
        if (conflicts.Count > 0)
        {
            throw new FormatException(
                $"{name}: conflicting regional phrase simplified projections: "
                + string.Join(", ", conflicts.Select(k => k + " ← " + string.Join(' ', projections[k]))));
        }
        var entries = order.Select(k => new DictEntry(k, [projections[k][0]], name)).ToList();
        return new TextDict(name, entries);
    }

    private static int CodePoints(string s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                count++;
            }
        }
        return count;
    }
}
