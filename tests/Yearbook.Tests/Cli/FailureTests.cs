using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Yearbook.Build;
using Yearbook.Cli.Commands;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Cli;

/// <summary>
/// Every failure an editor can meet outside the content: the command prints a located diagnostic and
/// exits with the documented code, never a stack trace, and the previously published site stays as it was.
/// </summary>
public sealed partial class FailureTests
{
    private const string Chapter = "---\ntitle: 甲\n---\n\n正文。\n";

    [SkippableFact]
    public void A_full_disk_is_YB0504_with_exit_code_2_and_the_previous_site_stays()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        using var disk = Tmpfs.Mount(site.Root, "disk", "512k");
        var output = Path.Combine(disk.Folder, "out");
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--output", output, "--quiet").ExitCode);
        var before = Fingerprint(output);
        // About 1.2 MB of text per edition's page: far more than the disk has left.
        site.Write("2025/02-big.md", "---\ntitle: 大\n---\n\n" + RandomHanzi(400_000) + "\n");

        var (exitCode, stdout, stderr) = CliProcess.Run("build", site.Content, "--output", output);

        Assert.Equal(ExitCodes.Environment, exitCode);
        Assert.Contains($"{output}: error YB0504: the output folder could not be written: the disk is full", stderr);
        AssertNoStackTrace(stdout + stderr);
        Assert.Equal(before, Fingerprint(output));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(disk.Folder).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void A_read_only_file_system_is_YB0504_with_exit_code_2_and_the_previous_site_stays()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        using var disk = Tmpfs.Mount(site.Root, "disk", "512k");
        var output = Path.Combine(disk.Folder, "out");
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--output", output, "--quiet").ExitCode);
        var before = Fingerprint(output);
        disk.MakeReadOnly();
        site.Write("2025/01-a.md", Chapter.Replace("甲", "乙"));

        var (exitCode, stdout, stderr) = CliProcess.Run("build", site.Content, "--output", output);

        Assert.Equal(ExitCodes.Environment, exitCode);
        Assert.Contains($"{output}: error YB0504: the output folder could not be written: the file system is read-only", stderr);
        AssertNoStackTrace(stdout + stderr);
        Assert.Equal(before, Fingerprint(output));
    }

    [SkippableFact]
    public void An_output_folder_the_user_may_not_write_is_YB0504_with_exit_code_2_and_the_previous_site_stays()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--quiet").ExitCode);
        var before = Fingerprint(site.Output);
        site.Write("2025/01-a.md", Chapter.Replace("甲", "乙"));

        // The site and the output are root's, readable by everyone, writable by root only.
        var run = CliProcess.RunAsNobody("build", site.Content);
        Skip.If(run is null, "needs root and setpriv to run the build as a user who may not write the output (root ignores permissions)");
        var (exitCode, stdout, stderr) = run.Value;

        Assert.Equal(ExitCodes.Environment, exitCode);
        Assert.Contains($"{site.Output}: error YB0504: the output folder could not be written: permission denied", stderr);
        AssertNoStackTrace(stdout + stderr);
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [Fact]
    public void A_missing_site_folder_is_YB0005_with_exit_code_2_and_the_previous_site_stays()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--quiet").ExitCode);
        var before = Fingerprint(site.Output);
        var missing = Path.Combine(site.Root, "contnet"); // its output would be the same _site/

        var (exitCode, stdout, stderr) = CliProcess.Run("build", missing);

        Assert.Equal(ExitCodes.Environment, exitCode);
        Assert.Contains($"{missing}: error YB0005: the site folder does not exist", stderr);
        AssertNoStackTrace(stdout + stderr);
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_site_folder_that_cannot_be_read_is_YB0005_with_exit_code_2_and_the_previous_site_stays()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--quiet").ExitCode);
        var before = Fingerprint(site.Output);
        File.SetUnixFileMode(site.Content, UnixFileMode.None);
        try
        {
            var run = CliProcess.RunAsNobody("build", site.Content);
            Skip.If(run is null, "needs root and setpriv to run the build as a user who may not read the site (root ignores permissions)");
            var (exitCode, stdout, stderr) = run.Value;

            Assert.Equal(ExitCodes.Environment, exitCode);
            Assert.Contains($"{site.Content}: error YB0005: the site folder cannot be read: permission denied", stderr);
            AssertNoStackTrace(stdout + stderr);
            Assert.Equal(before, Fingerprint(site.Output));
        }
        finally
        {
            File.SetUnixFileMode(site.Content, (UnixFileMode)Convert.ToInt32("755", 8));
        }
    }

    [Fact]
    public void A_chapter_listed_but_gone_when_read_is_YB0005_with_exit_code_2_and_the_previous_site_stays()
    {
        // A link to nothing is listed like a file and fails to open like one removed after the listing.
        using var site = new TempSite().Write("2025/01-a.md", Chapter);
        Assert.Equal(0, CliProcess.Run("build", site.Content, "--quiet").ExitCode);
        var before = Fingerprint(site.Output);
        File.CreateSymbolicLink(Path.Combine(site.Content, "2025/02-gone.md"), Path.Combine(site.Content, "2025/moved-away.md"));

        var (exitCode, stdout, stderr) = CliProcess.Run("build", site.Content);

        Assert.Equal(ExitCodes.Environment, exitCode);
        Assert.Contains($"{site.Content}/2025/02-gone.md: error YB0005: the file was listed but could not be opened", stderr);
        AssertNoStackTrace(stdout + stderr);
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [Fact]
    public void A_chapter_removed_between_listing_and_reading_is_YB0005_with_exit_code_2_and_nothing_is_published()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter).Write("2025/02-b.md", Chapter.Replace("甲", "乙"));
        site.Build();
        var before = Fingerprint(site.Output);
        var removed = Path.Combine(site.Content, "2025/02-b.md");

        var result = new SiteBuilder(new BuildOptions
        {
            SiteFolder = site.Content,
            BeforeChapterRead = path => { if (path == removed) File.Delete(path); },
        }).Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.SiteUnreadable, "2025/02-b.md"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("removed or renamed while the site was being read", diagnostic.Message);
        Assert.False(result.Published);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(result));
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_naming_the_file_with_exit_code_3_and_the_trace_only_with_verbose()
    {
        using var site = new TempSite().Write("2025/01-a.md", Chapter).Write("2025/02-b.md", Chapter);
        site.Build();
        var before = Fingerprint(site.Output);
        var failing = Path.Combine(site.Content, "2025/02-b.md");
        var builder = new SiteBuilder(new BuildOptions
        {
            SiteFolder = site.Content,
            BeforeChapterRead = path => { if (path == failing) throw new InvalidOperationException("a bug"); },
        });

        var exception = Record.Exception(() => builder.Build());
        var quiet = new StringWriter();
        var verbose = new StringWriter();

        Assert.NotNull(exception);
        Assert.Equal(ExitCodes.InternalError, InternalError.Report(exception, verbose: false, quiet));
        Assert.Equal(ExitCodes.InternalError, InternalError.Report(exception, verbose: true, verbose));
        var line = Assert.Single(quiet.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"internal error while working on {failing}: InvalidOperationException: a bug", line);
        Assert.Contains(InternalError.ReportTo, line);
        AssertNoStackTrace(quiet.ToString());
        Assert.Matches(StackTraceLine(), verbose.ToString());
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [Fact]
    public void A_file_system_failure_no_command_handled_is_one_line_with_exit_code_2()
    {
        // What `yearbook new chapter` meets in a read-only folder, for instance.
        var exception = Record.Exception(() => File.WriteAllText(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "01-a.md"), ""));
        var error = new StringWriter();

        Assert.Equal(ExitCodes.Environment, InternalError.Report(exception!, verbose: false, error));

        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("yearbook: error: Could not find a part of the path", line);
        Assert.DoesNotContain("bug", line);
        AssertNoStackTrace(error.ToString());
    }

    [Fact]
    public void A_yaml_error_is_reported_where_the_fix_goes_in_plain_words_with_exit_code_1()
    {
        using var site = new TempSite().Write("2025/01-a.md", "---\ntitle: 甲\ncategory: [经济\ndate: 2025-01-01\n---\n\n正文。\n");

        var (exitCode, stdout, stderr) = CliProcess.Run("check", site.Content);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains($"{site.Content}/2025/01-a.md(3,11): error YB0103: the list opened with '[' on line 3 is never closed", stdout);
        AssertNoStackTrace(stdout + stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_wrong_yearbook_yml_is_still_exit_code_1()
    {
        using var site = new TempSite("title: [测试\n");

        var (exitCode, stdout, stderr) = CliProcess.Run("build", site.Content);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains($"{site.Content}/yearbook.yml(1,8): error YB0002: the list opened with '[' on line 1 is never closed", stderr);
        AssertNoStackTrace(stdout + stderr);
    }

    private static void AssertNoStackTrace(string text) => Assert.DoesNotMatch(StackTraceLine(), text);

    [GeneratedRegex(@"^\s+at ", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();

    private static Dictionary<string, string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static string RandomHanzi(int count)
    {
        var random = new Random(17);
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)random.Next(0x4E00, 0x9FA5));
        }

        return text.ToString();
    }

    /// <summary>A small tmpfs mounted for one test (a full disk, a read-only file system); skips the test where mounting is not permitted.</summary>
    private sealed class Tmpfs : IDisposable
    {
        private Tmpfs(string folder) => Folder = folder;

        public string Folder { get; }

        public static Tmpfs Mount(string parent, string name, string size)
        {
            var folder = Path.Combine(parent, name);
            Directory.CreateDirectory(folder);
            var (exitCode, error) = Command("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
            Skip.If(exitCode != 0, $"mounting a {size} tmpfs is not permitted here (mount: {error.Trim()})");
            return new Tmpfs(folder);
        }

        public void MakeReadOnly() => Assert.Equal(0, Command("mount", "-o", "remount,ro", Folder).ExitCode);

        public void Dispose() => Command("umount", Folder);

        private static (int ExitCode, string Error) Command(string file, params string[] arguments)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, error);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                return (-1, ex.Message);
            }
        }
    }
}
