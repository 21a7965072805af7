namespace Yearbook.Conversion;

/// <summary>
/// Builds TSCharactersExt the way data/scripts/extract_tofu_risk.py does: the mapping after each
/// <c># @tofu-risk:</c> comment in TSCharacters, without the leading identity value. TSCharacters keeps
/// the character itself as default for these (their simplified forms may render as tofu), and the
/// configs put TSCharactersExt in front of it with <c>may_output_tofu</c>; OpenCC's library, and so
/// this one, includes it by default.
/// </summary>
internal static class TofuRiskDict
{
    private const string TofuRiskPrefix = "# @tofu-risk:";

    public static TextDict Build(string name, string tsCharactersText)
    {
        var lines = TextDict.Lines(tsCharactersText).ToList();
        var entries = new List<DictEntry>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith(TofuRiskPrefix, StringComparison.Ordinal))
            {
                continue;
            }
            if (i + 1 >= lines.Count || lines[i + 1].Trim().Length == 0 || lines[i + 1].StartsWith('#'))
            {
                throw new FormatException($"{name}: expected a mapping after {TofuRiskPrefix} at line {i + 1}.");
            }
            var mapping = lines[i + 1];
            int tab = mapping.IndexOf('\t');
            string key = mapping[..tab];
            var values = mapping[(tab + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (values.Count > 0 && values[0] == key)
            {
                values.RemoveAt(0);
            }
            if (values.Count == 0)
            {
                throw new FormatException($"{name}: expected an extension mapping after {TofuRiskPrefix} at line {i + 1}.");
            }
            entries.Add(new DictEntry(key, [.. values], name));
        }
        return new TextDict(name, entries);
    }
}
