namespace Yearbook.Conversion;

/// <summary>How a dictionary group picks among its members' matches (OpenCC's <c>match_policy</c>).</summary>
internal enum MatchPolicy
{
    /// <summary>The first member that matches at all wins, even if a later one matches longer (OpenCC's default).</summary>
    ShortCircuit,

    /// <summary>The longest match among all members wins; on equal length the earlier member wins.</summary>
    Union,
}

/// <summary>
/// OpenCC's DictGroup and UnionDictGroup, folded ahead of time into one <see cref="Dict"/> whose
/// longest-prefix match gives exactly what the group's MatchPrefix gives:
/// <list type="bullet">
/// <item>Union: the union of the keys, the earlier member keeping a key both have.</item>
/// <item>Short circuit over A then B: all of A, plus each key of B that has no prefix (itself
/// included) in A. If A matches at a position, every longer B key there starts with A's match and was
/// dropped, so A's match stays the longest; if A does not match, only B keys can. Folding left handles
/// more members, and nested groups fold inside out.</item>
/// </list>
/// </summary>
internal static class DictGroup
{
    public static Dict Combine(MatchPolicy policy, IReadOnlyList<Dict> members, string name)
    {
        if (members.Count == 1)
        {
            return members[0];
        }
        var entries = new Dictionary<string, DictEntry>(members.Sum(m => m.Entries.Count), StringComparer.Ordinal);
        foreach (var (key, entry) in members[0].Entries)
        {
            entries.Add(key, entry);
        }
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int m = 1; m < members.Count; m++)
        {
            var added = new List<DictEntry>();
            foreach (var (key, entry) in members[m].Entries)
            {
                if (entries.ContainsKey(key))
                {
                    continue;
                }
                if (policy == MatchPolicy.ShortCircuit && HasPrefixIn(lookup, key))
                {
                    continue;
                }
                added.Add(entry);
            }
            // Added after the scan: within one member, keys never shadow each other.
            foreach (var entry in added)
            {
                entries.Add(entry.Key, entry);
            }
        }
        return new Dict(name, entries);
    }

    private static bool HasPrefixIn(Dictionary<string, DictEntry>.AlternateLookup<ReadOnlySpan<char>> lookup, string key)
    {
        for (int length = 1; length <= key.Length; length++)
        {
            if (length < key.Length && char.IsHighSurrogate(key[length - 1]))
            {
                continue;
            }
            if (lookup.ContainsKey(key.AsSpan(0, length)))
            {
                return true;
            }
        }
        return false;
    }
}
