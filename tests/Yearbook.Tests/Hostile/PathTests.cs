using Yearbook.Diagnostics;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// Links, images and links on disk that try to reach files outside the content or theme folder: none
/// is read or copied into the output, each is a diagnostic at its place. A secret file beside the site
/// plays /etc/passwd, so the tests can check its text never reaches the output.
/// </summary>
public sealed class PathTests
{
    private const string Secret = "SECRET-root:x:0:0";
    private const string Chapter = "2025/01-paths.md";

    private static TempSite SiteWithSecret()
    {
        var site = new TempSite();
        File.WriteAllText(Path.Combine(site.Root, "secret.png"), Secret);
        return site;
    }

    [Theory]
    [InlineData("../../secret.png")]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("%2e%2e/%2e%2e/secret.png")]
    [InlineData("..%5c..%5csecret.png")]
    [InlineData("/etc/passwd")]
    [InlineData("\\etc\\passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("FILE:../../secret.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    public void Image_or_link_outside_the_content_folder_is_reported_and_removed(string url)
    {
        using var site = SiteWithSecret();
        site.Write(Chapter, $"---\ntitle: 路径\n---\n\n![图]({url})\n\n[链接]({url})\n");

        var result = site.Build();

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UnsafePath, Chapter), (d.Code, d.Location.Path)));
        Assert.Equal([5, 7], result.Diagnostics.Select(d => d.Location.Line));
        Assert.All(result.Diagnostics, d => Assert.Equal(1, d.Location.Column));
        var html = site.ReadOutput("zh-hans/2025/paths/index.html");
        Assert.DoesNotContain(url, html);
        Assert.DoesNotContain("passwd", html);
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Image_that_is_a_link_to_a_file_outside_is_not_copied()
    {
        using var site = SiteWithSecret();
        site.Write(Chapter, "---\ntitle: 路径\n---\n\n![图](photo.png)\n");
        File.CreateSymbolicLink(Path.Combine(site.Content, "2025/photo.png"), Path.Combine(site.Root, "secret.png"));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsafePath, Chapter, 5), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Image_in_a_folder_that_is_a_link_to_outside_is_not_copied()
    {
        using var site = SiteWithSecret();
        site.Write(Chapter, "---\ntitle: 路径\n---\n\n![图](images/secret.png)\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "2025/images"), site.Root);

        var result = site.Build();

        Assert.Equal((DiagnosticCodes.UnsafePath, Chapter), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Location.Path));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Chapter_that_is_a_link_to_a_file_outside_is_not_read()
    {
        using var site = SiteWithSecret();
        File.WriteAllText(Path.Combine(site.Root, "outside.md"), $"---\ntitle: 外\n---\n\n{Secret}\n");
        Directory.CreateDirectory(Path.Combine(site.Content, "2025"));
        File.CreateSymbolicLink(Path.Combine(site.Content, "2025/01-outside.md"), Path.Combine(site.Root, "outside.md"));

        var result = site.Build();

        Assert.Equal((DiagnosticCodes.UnsafePath, "2025/01-outside.md"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Location.Path));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Volume_folder_that_is_a_link_to_outside_is_reported_and_not_read()
    {
        using var site = SiteWithSecret();
        var outside = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "_volume.yml"), "title: 外\nyear: 2020\n");
        File.WriteAllText(Path.Combine(outside, "01-leak.md"), $"---\ntitle: 外\n---\n\n{Secret}\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "2020"), outside);
        site.Write("2025/01-inside.md", "---\ntitle: 内\n---\n\n正文。\n"); // so that 2025 is no empty volume

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsafePath, "2020/_volume.yml"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "zh-hans/2020")));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Category_folder_that_is_a_link_to_outside_is_reported_and_not_read()
    {
        using var site = SiteWithSecret();
        var outside = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "01-leak.md"), $"---\ntitle: 外\n---\n\n{Secret}\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "2025/economy"), outside);

        var result = site.Build();

        Assert.Equal((DiagnosticCodes.UnsafePath, "2025/economy/01-leak.md"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Location.Path));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Theme_asset_that_is_a_link_to_outside_is_reported_and_not_copied()
    {
        using var site = SiteWithSecret();
        site.Write(Chapter, "---\ntitle: 路径\n---\n\n正文。\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "themes/default/assets/logo.png"), Path.Combine(site.Root, "secret.png"));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsafePath, "../themes/default/assets/logo.png"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets/logo.png")));
        AssertSecretNotInOutput(site);
    }

    [Fact]
    public void Link_inside_the_content_folder_is_still_copied()
    {
        // The check resolves links; it does not refuse them: one pointing inside the site is fine.
        using var site = new TempSite();
        site.WriteBytes("2025/images/real.png", [0x89, 0x50, 0x4E, 0x47]);
        File.CreateSymbolicLink(Path.Combine(site.Content, "2025/images/alias.png"), Path.Combine(site.Content, "2025/images/real.png"));
        site.Write(Chapter, "---\ntitle: 路径\n---\n\n![图](images/alias.png)\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(site.Output, "media/2025/images/alias.png")));
    }

    [Fact]
    public void Media_files_that_differ_only_in_case_are_reported()
    {
        using var site = new TempSite();
        site.WriteBytes("2025/images/Photo.png", [1]);
        site.WriteBytes("2025/images/photo.png", [2]);
        site.Write(Chapter, "---\ntitle: 路径\n---\n\n![甲](images/Photo.png)\n\n![乙](images/photo.png)\n");

        var result = site.Build(write: false);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateSlug, "2025/images/photo.png"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("2025/images/Photo.png", diagnostic.Message);
    }

    [Fact]
    public void Chapters_whose_addresses_differ_only_in_case_are_reported()
    {
        // File names must be lower-case slugs, so the only way to differ in case is a name that is not one.
        using var site = new TempSite();
        site.Write("2025/01-industry.md", "---\ntitle: 甲\n---\n");
        site.Write("2025/02-Industry.md", "---\ntitle: 乙\n---\n");

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => (d.Code, d.Location.Path) == (DiagnosticCodes.SlugInvalid, "2025/02-Industry.md"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path == "2025/01-industry.md");
    }

    [Theory]
    [InlineData("honors")]
    [InlineData("search")]
    [InlineData("media")]
    public void Volume_named_like_a_page_of_the_site_is_reported(string name)
    {
        using var site = new TempSite();
        site.Write($"{name}/_volume.yml", "title: 撞名\nyear: 2024\n").Write($"{name}/01-a.md", "---\ntitle: 甲\n---\n");
        site.Write(Chapter, "---\ntitle: 路径\n---\n");

        var result = site.Build();

        Assert.Equal((DiagnosticCodes.DuplicateSlug, $"{name}/_volume.yml"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Location.Path));
    }

    private static void AssertSecretNotInOutput(TempSite site)
    {
        Assert.True(Directory.Exists(site.Output));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, File.ReadAllText(file));
        }
    }
}
