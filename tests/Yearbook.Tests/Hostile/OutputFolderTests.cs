using System.Security.Cryptography;
using Yearbook.Build;
using Yearbook.Diagnostics;
using Yearbook.Output;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;
using Yearbook.Tests.Cli;
using Xunit.Abstractions;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// The output folder: the build only ever replaces a folder it made, never a source, a home folder or
/// the root, and a build killed at any moment leaves the previously published site whole.
/// </summary>
public sealed class OutputFolderTests(ITestOutputHelper log)
{
    [Fact]
    public void File_system_root_and_home_folder_are_refused()
    {
        using var site = new TempSite();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        foreach (var folder in new[] { "/", home, home + "/" })
        {
            var diagnostics = new DiagnosticBag();

            // Opening only checks and prepares a staging folder beside the output; it deletes nothing.
            using var output = StagedOutput.Open(folder, site.Content, diagnostics);

            Assert.Null(output);
            Assert.Equal(DiagnosticCodes.OutputRefused, Assert.Single(diagnostics.Sorted).Code);
        }
    }

    [Theory]
    [InlineData("themes")]
    [InlineData("themes/default")]
    [InlineData("themes/default/assets")]
    public void Theme_folders_are_refused(string relative)
    {
        using var site = new TempSite().Write("2025/01-a.md", "---\ntitle: 甲\n---\n");
        var before = Directory.EnumerateFiles(Path.Combine(site.Root, "themes"), "*", SearchOption.AllDirectories).Count();

        var result = site.Build(Path.Combine(site.Root, relative));

        Assert.False(result.Published);
        Assert.Equal(DiagnosticCodes.OutputRefused, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Directory.EnumerateFiles(Path.Combine(site.Root, "themes"), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Output_that_is_a_link_to_the_content_folder_is_refused()
    {
        using var site = new TempSite().Write("2025/01-a.md", "---\ntitle: 甲\n---\n");
        var link = Path.Combine(site.Root, "out");
        Directory.CreateSymbolicLink(link, site.Content);

        var result = site.Build(link);

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused);
        Assert.True(File.Exists(Path.Combine(site.Content, "2025/01-a.md")));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_cleaned_and_a_site_moved_aside_is_put_back()
    {
        using var site = new TempSite().Write("2025/01-a.md", "---\ntitle: 甲\n---\n");
        site.Build();
        // What a build killed between the two moves of the fallback leaves: the site aside, no output.
        var aside = site.Output + ".previous-999999999";
        Directory.Move(site.Output, aside);
        var staging = Path.Combine(site.Root, "._site.staging-999999999");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "half.html"), "<p>half");
        site.Write("2025/01-a.md", "---\ntitle: 乙\n---\n");
        File.WriteAllText(Path.Combine(site.Root, "themes/default/layouts/chapter.sbn-html"), "{{ for }}");

        var result = site.Build();

        // The broken theme publishes nothing; the site put back is the one moved aside.
        Assert.False(result.Published);
        Assert.Contains("甲", site.ReadOutput("zh-hans/2025/a/index.html"));
        Assert.False(Directory.Exists(aside));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Killing_the_build_at_twenty_moments_never_leaves_a_half_written_site()
    {
        var seed = Environment.TickCount;
        log.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var root = Directory.CreateTempSubdirectory("yearbook-kill-").FullName;
        try
        {
            var siteFolder = Path.Combine(root, "site");
            new YearbookSiteWriter(YearbookPlan.Create(100, 11), Path.Combine(RepositoryPaths.Themes, "default")).WriteTo(siteFolder);
            var output = Path.Combine(root, "_site");
            var chapter = Directory.EnumerateFiles(siteFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => !f.Contains("themes", StringComparison.Ordinal));
            var original = File.ReadAllText(chapter);
            var edited = original.Replace("\n---\n", "\n---\n\n第二版新增的一段。\n", StringComparison.Ordinal);

            // The two sites a build may publish: A (original text) and B (edited); each fingerprinted.
            var fingerprints = new Dictionary<string, Dictionary<string, string>>();
            foreach (var (name, text) in new[] { ("A", original), ("B", edited) })
            {
                File.WriteAllText(chapter, text);
                var result = new SiteBuilder(new BuildOptions { SiteFolder = siteFolder, OutputFolder = output }).Build();
                Assert.True(result.Published, string.Join("\n", result.Diagnostics));
                fingerprints[name] = Fingerprint(output);
            }

            Assert.NotEqual(fingerprints["A"], fingerprints["B"]);
            var published = "B";
            var fileCount = fingerprints["A"].Count;
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var next = published == "A" ? "B" : "A";
                File.WriteAllText(chapter, next == "A" ? original : edited);
                // Kill before anything is staged, at a random point while pages are written, or at the very end.
                var killAfter = attempt % 5 == 0 ? 0 : attempt % 5 == 4 ? fileCount : random.Next(1, fileCount);
                var finished = RunAndKill(siteFolder, output, killAfter);

                var now = Fingerprint(output);
                var whole = now.Count == fingerprints[published].Count && !now.Except(fingerprints[published]).Any() ? published
                    : now.Count == fingerprints[next].Count && !now.Except(fingerprints[next]).Any() ? next
                    : null;
                log.WriteLine($"attempt {attempt}: killed after {killAfter} staged files, {(finished ? "build had finished" : "killed")}, output is site {whole ?? "MIXED"}");
                Assert.True(whole is not null, $"attempt {attempt} (seed {seed}): the output is neither the previous site nor the new one");
                if (finished)
                {
                    Assert.Equal(next, whole);
                }

                published = whole!;
            }

            // A build that runs to the end cleans up what the killed ones left beside the output.
            File.WriteAllText(chapter, original);
            Assert.True(new SiteBuilder(new BuildOptions { SiteFolder = siteFolder, OutputFolder = output }).Build().Published);
            Assert.Equal(["_site", "site"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs <c>yearbook build</c> and kills it (SIGKILL) once <paramref name="killAfter"/> files are staged; true when it finished first.</summary>
    private static bool RunAndKill(string siteFolder, string output, int killAfter)
    {
        using var process = CliProcess.Start("build", siteFolder, "--output", output, "--quiet");
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.staging-{process.Id}");
        if (killAfter > 0)
        {
            SpinWait.SpinUntil(() => process.HasExited || StagedFiles(staging) >= killAfter, TimeSpan.FromMinutes(2));
        }

        var finished = process.HasExited;
        if (!finished)
        {
            process.Kill();
        }

        process.WaitForExit();
        return finished;
    }

    private static int StagedFiles(string staging)
    {
        try
        {
            return Directory.Exists(staging) ? Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count() : 0;
        }
        catch (IOException)
        {
            return 0; // moved into place while counting
        }
    }

    private static Dictionary<string, string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
