using System.Diagnostics;
using System.Text.Json;

namespace Yearbook.Conversion.Tests;

/// <summary>
/// Real prose and a large generated text, converted by this library and by opencc-js 1.4.2 (node,
/// pinned in Differential/). opencc-js leaves out the dictionaries marked <c>may_output_tofu</c>
/// (TSCharactersExt in t2s, tw2s, tw2sp, hk2s, hk2sp), as OpenCC's command-line tool does by default,
/// while OpenCC's library and this one include them. So: without them the outputs must be equal; with
/// them they may differ only where the input holds a TSCharactersExt key.
/// </summary>
public class DifferentialTests
{
    public static TheoryData<string> Configs() => [.. ChineseConverter.StockConfigs];

    private static readonly Lazy<List<string>> Texts = new(() => [.. Seeds.Texts, GeneratedText.Build()]);

    [Theory]
    [MemberData(nameof(Configs))]
    public void Output_equals_opencc_js(string config)
    {
        var texts = Texts.Value;
        var expected = OpenCCJs(config, texts);
        var withoutTofuRisk = Config.Load(config, includeTofuRisk: false);
        var converter = ChineseConverter.Create(config);
        var extKeys = DictStore.Get("TSCharactersExt").Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        bool chainHasExt = Config.DictSpecs(config).Any(s => s.Name.Contains("TSCharactersExt", StringComparison.Ordinal));
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Equal(expected[i], withoutTofuRisk.Convert(texts[i]));
            string actual = converter.Convert(texts[i]);
            if (!chainHasExt || !texts[i].EnumerateRunes().Any(r => extKeys.Contains(r.ToString())))
            {
                Assert.Equal(expected[i], actual);
            }
            else
            {
                Assert.True(DifferOnlyAtExtKeys(expected[i], actual), $"{config}: text {i} differs from opencc-js other than by TSCharactersExt.");
            }
        }
    }

    /// <summary>
    /// TSCharacters maps a tofu-risk character to itself and TSCharactersExt to one other code point,
    /// so the two outputs align code point by code point and differ only where opencc-js kept a
    /// TSCharactersExt key that this library replaced by its value.
    /// </summary>
    private static bool DifferOnlyAtExtKeys(string opencc, string ours)
    {
        var ext = DictStore.Get("TSCharactersExt").Entries.ToDictionary(e => e.Key, e => e.Values[0], StringComparer.Ordinal);
        var theirs = opencc.EnumerateRunes().Select(r => r.ToString()).ToList();
        var mine = ours.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (theirs.Count != mine.Count)
        {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < theirs.Count; i++)
        {
            if (theirs[i] != mine[i])
            {
                if (!ext.TryGetValue(theirs[i], out var value) || value != mine[i])
                {
                    return false;
                }
                differences++;
            }
        }
        return differences > 0;
    }

    private static List<string> OpenCCJs(string config, List<string> texts)
    {
        string folder = Path.Combine(TestData.RepositoryRoot, "tests", "Yearbook.Conversion.Tests", "Differential");
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "convert.js")])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(new { config, texts }));
        node.StandardInput.Close();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, "opencc-js failed: " + stderr.Result);
        return JsonSerializer.Deserialize<List<string>>(stdout.Result)!;
    }
}
