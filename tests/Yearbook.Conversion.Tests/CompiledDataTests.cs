namespace Yearbook.Conversion.Tests;

/// <summary>The matchers the build compiled and embedded are the ones the text dictionaries give now.</summary>
public class CompiledDataTests
{
    public static TheoryData<string> Configs() => [.. ChineseConverter.StockConfigs];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Embedded_compiled_matchers_equal_a_fresh_fold_of_the_text_dictionaries(string config)
    {
        var converter = Config.Load(config);
        foreach (var compiled in converter.PrefixMatches())
        {
            var spec = Reparse(config, compiled.Name);
            var fresh = DictStore.BuildPrefixMatch(spec);
            Assert.Equal(Serialize(fresh), Serialize(compiled));
        }
    }

    [Fact]
    public void Every_stock_config_of_OpenCC_1_4_2_is_offered()
    {
        Assert.Equal(
            ["hk2s", "hk2sp", "hk2t", "jp2t", "s2hk", "s2hkp", "s2t", "s2tw", "s2twp", "t2hk", "t2jp", "t2s", "t2tw", "tw2s", "tw2sp", "tw2t"],
            ChineseConverter.StockConfigs);
    }

    private static byte[] Serialize(PrefixMatch prefixMatch)
    {
        using var stream = new MemoryStream();
        prefixMatch.Write(stream);
        return stream.ToArray();
    }

    /// <summary>The spec behind a matcher name, found by walking the config's dictionaries again.</summary>
    private static DictSpec Reparse(string config, string name) =>
        Config.DictSpecs(config).First(s => s.Name == name);
}
