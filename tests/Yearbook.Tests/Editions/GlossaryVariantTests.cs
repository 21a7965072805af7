using Yearbook.Tests.Cli;

namespace Yearbook.Tests.Editions;

/// <summary>
/// The glossary follows <c>conversion.variant</c> (issue 22, section 3): a plain <c>hant</c> form
/// goes through the variant's own step (OpenCC's t2tw or t2hk), a <c>tw</c> or <c>hk</c> form is
/// published as written, and every form converts back to <c>hans</c>.
/// </summary>
public sealed class GlossaryVariantTests
{
    private const string Glossary = "- {hans: 区里, hant: 區裏}\n- {hans: 出台, hant: 出臺}\n- {hans: 着力, hant: 著力, tw: 着力, hk: 着力}\n- {hans: 乾里村, hant: 乾裏村}\n";

    private static TempSite Site(string variant) => new TempSite(
            $"title: 测试区年鉴\ndistrict: 测试区\nbase_url: https://example.org/\nglossary: glossary.yml\nconversion: {{variant: {variant}}}\n")
        .Write("glossary.yml", Glossary)
        .Write("2025/01-a.md", "---\ntitle: 概况\n---\n\n区里出台政策，村里着力发展。\n")
        .Write("2025/02-b.md", "---\ntitle: 概況\nscript: hant\n---\n\n區裡出臺政策，區裏著力發展，区里着力，乾裡村、乾裏村。\n");

    [Theory]
    [InlineData("t", "區裏出臺政策，村裏著力發展。")]
    [InlineData("tw", "區裡出臺政策，村裡着力發展。")]
    [InlineData("hk", "區裏出台政策，村裏着力發展。")]
    public void A_glossary_entry_is_published_in_the_variant_of_the_site(string variant, string expected)
    {
        using var site = Site(variant);

        var result = site.Build();

        // 02-b mixes scripts on purpose (for the test below), so the script lint may warn there; nothing else.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error || d.Location.Path.EndsWith("01-a.md"));
        Assert.Contains($"<p>{expected}</p>", site.ReadOutput("zh-hant/2025/a/index.html"));
    }

    // 乾裡村 is the Taiwan form of the entry's 乾裏村: without the entry OpenCC reads it 干里村.
    [Theory]
    [InlineData("t")]
    [InlineData("tw")]
    [InlineData("hk")]
    public void Every_traditional_form_of_an_entry_converts_back_to_its_simplified_form(string variant)
    {
        using var site = Site(variant);

        site.Build();

        Assert.Contains("<p>区里出台政策，区里着力发展，区里着力，乾里村、乾里村。</p>", site.ReadOutput("zh-hans/2025/b/index.html"));
    }

    [Fact]
    public void Convert_with_a_site_applies_its_variant_glossary_and_markup()
    {
        using var site = Site("tw");
        var input = Path.Combine(site.Root, "input.txt");
        File.WriteAllText(input, "区里出台政策，村里着力发展，-{里}-。\n");

        using var process = CliProcess.Start("convert", "--site", site.Content, input);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal("", error);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("區裡出臺政策，村裡着力發展，里。\n", output);
    }

    [Fact]
    public void Convert_with_a_site_converts_to_simplified_when_asked()
    {
        using var site = Site("tw");
        var input = Path.Combine(site.Root, "input.txt");
        File.WriteAllText(input, "區裡出臺政策，著力發展。\n");

        using var process = CliProcess.Start("convert", "--site", site.Content, "--to", "hans", input);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("区里出台政策，着力发展。\n", output);
    }
}
