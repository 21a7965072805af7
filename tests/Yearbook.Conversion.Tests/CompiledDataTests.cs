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

    [Theory]
    [MemberData(nameof(Configs))]
    public void Compiled_steps_of_a_config_are_the_ones_its_JSON_names(string config)
    {
        var compiled = CompiledPipeline.Load(config);
        var fromJson = Config.Build(config, includeTofuRisk: true);
        Assert.NotNull(compiled);
        Assert.Equal(Steps(fromJson), Steps(compiled));
        Assert.NotEmpty(compiled.Chain.Conversions);
    }

    [Fact]
    public void A_config_the_build_did_not_compile_has_no_compiled_steps()
    {
        Assert.Null(CompiledPipeline.Load("s2t-not-a-config"));
    }

    [Fact]
    public void Every_stock_config_of_OpenCC_1_4_2_is_offered()
    {
        Assert.Equal(
            ["hk2s", "hk2sp", "hk2t", "jp2t", "s2hk", "s2hkp", "s2t", "s2tw", "s2twp", "t2hk", "t2jp", "t2s", "t2tw", "tw2s", "tw2sp", "tw2t"],
            ChineseConverter.StockConfigs);
    }

    private static string[] Steps(Converter converter) =>
    [
        .. (converter.Normalization?.Conversions ?? []).Select(c => "N " + c.PrefixMatch.Name),
        .. converter.Segmentation is null ? [] : new[] { "S " + converter.Segmentation.PrefixMatch.Name },
        .. converter.Chain.Conversions.Select(c => "C " + c.PrefixMatch.Name),
    ];

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
