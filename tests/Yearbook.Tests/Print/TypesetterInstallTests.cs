using System.Diagnostics;
using System.Security.Cryptography;
using Yearbook.Print;

namespace Yearbook.Tests.Print;

/// <summary>
/// The typesetter installed on first use: npm ci from the lockfile beside the program into a per-user cache folder
/// named after its hash, and the clear message (no stack trace, exit code 1) when Node.js or npm is missing or the
/// install fails.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TypesetterInstallTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yearbook-typesetter-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>A cache root of the test's own.</summary>
    private string Cache => Path.Combine(_root, "cache");

    [Fact]
    public void TestsSetupInstalledTheTypesetterWhereTheToolLooksForIt()
    {
        // Otherwise the print tests would each install it from the registry at test time (or drift from tests/setup's rule).
        Assert.True(new TypesetterInstall(TypesetterInstall.ProgramFiles, TypesetterInstall.CacheRoot).IsInstalled,
            "tests/setup installs the typesetter into ~/.cache/yearbook/typesetter-HASH by the rule of TypesetterInstall");
    }

    [Fact]
    public void TheTypesetterFilesTravelBesideTheProgramAndTheCacheFolderIsNamedAfterTheLockfile()
    {
        var files = TypesetterInstall.ProgramFiles;
        foreach (var file in (string[])["typeset.cjs", "package.json", "package-lock.json"])
        {
            Assert.True(File.Exists(Path.Combine(files, file)), $"{file} is not beside the program");
        }

        var install = new TypesetterInstall(files, Cache);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "generator/Yearbook/Print/Typesetter/package-lock.json"))));
        Assert.Equal(Path.Combine(Cache, "typesetter-" + hash[..16]), install.Folder);
        Assert.False(install.IsInstalled);
    }

    [Fact]
    public void AFirstInstallRunsNpmCiInAStagingFolderAndMovesItIntoPlace()
    {
        // A stand-in for npm that records its arguments and lays out the package as `npm ci` would.
        var npm = Script("npm", "echo \"$@\" > args.txt\nmkdir -p node_modules/@myriaddreamin/typst-ts-node-compiler\n");
        var install = new TypesetterInstall(TypesetterInstall.ProgramFiles, Cache);
        var notices = new List<string>();
        install.Install(npm, notices.Add);
        Assert.True(install.IsInstalled);
        Assert.Equal("ci --ignore-scripts --no-audit --no-fund --loglevel=error", File.ReadAllText(Path.Combine(install.Folder, "args.txt")).Trim());
        Assert.Equal(File.ReadAllBytes(Path.Combine(TypesetterInstall.ProgramFiles, "package-lock.json")), File.ReadAllBytes(Path.Combine(install.Folder, "package-lock.json")));
        var notice = Assert.Single(notices);
        Assert.Contains(install.Folder, notice);
        Assert.DoesNotContain('\n', notice);
        Assert.Equal([install.Folder], Directory.GetDirectories(Cache));
    }

    [Fact]
    public void AFailedInstallSaysWhyAndLeavesNothingBehind()
    {
        var npm = Script("npm", "echo 'npm error code ECONNREFUSED' >&2\necho 'npm error errno ECONNREFUSED' >&2\necho 'npm error FetchError: request to https://registry.npmjs.org/x failed, reason: connect ECONNREFUSED' >&2\nexit 1\n");
        var install = new TypesetterInstall(TypesetterInstall.ProgramFiles, Cache);
        var failure = Assert.Throws<TypesetterMissingException>(() => install.Install(npm, null));
        Assert.Equal("YB0604", failure.Code);
        Assert.Contains("`npm ci` failed (FetchError: request to https://registry.npmjs.org/x failed, reason: connect ECONNREFUSED)", failure.Message);
        Assert.Contains("check the network connection", failure.Message);
        Assert.False(install.IsInstalled);
        Assert.Empty(Directory.GetDirectories(Cache));
    }

    [Fact]
    public void WithoutNpmThePrintCommandSaysHowToInstallIt()
    {
        // Node.js but no npm on the PATH, and an empty cache: the typesetter cannot be installed.
        var bin = Tools(("node", FindOnPath("node")));
        var (exitCode, output, error) = RunPrint(bin, new() { ["XDG_CACHE_HOME"] = Cache });
        Assert.Equal(1, exitCode);
        Assert.Matches(@"yearbook\.yml: error YB0604: the typesetter \(Typst\) is installed on first use with npm, which is not installed or not on the PATH: install npm", error);
        Assert.DoesNotContain("   at ", error + output);
        Assert.False(Directory.Exists(Path.Combine(Cache, "yearbook")) && Directory.EnumerateFileSystemEntries(Path.Combine(Cache, "yearbook")).Any());
    }

    [Fact]
    public void WhenNpmCannotReachTheRegistryThePrintCommandSaysSoAndExitsWithOne()
    {
        // The real npm, against a registry address that refuses connections, with an empty npm cache: as offline.
        var bin = Tools(("node", FindOnPath("node")), ("npm", FindOnPath("npm")));
        var cache = Cache;
        var (exitCode, output, error) = RunPrint(bin, new()
        {
            ["XDG_CACHE_HOME"] = cache,
            ["npm_config_registry"] = "http://127.0.0.1:1/",
            ["npm_config_cache"] = Path.Combine(_root, "npm-cache"),
            ["npm_config_fetch_retries"] = "0",
        });
        Assert.Equal(1, exitCode);
        Assert.Matches(@"Installing the typesetter \(Typst, pinned in its package-lock.json\) with npm ci into .*typesetter-[0-9a-f]{16}", error);
        Assert.Matches(@"yearbook\.yml: error YB0604: the typesetter could not be installed: `npm ci` failed \([^)]*ECONNREFUSED[^)]*\); .*check the network connection", error);
        Assert.DoesNotContain("   at ", error + output);
        Assert.Empty(Directory.GetDirectories(Path.Combine(cache, "yearbook")));
    }

    [Fact]
    public void ANodeThatDoesNotRunIsReportedWithWhatToCheck()
    {
        // A `node` that fails at once, as a broken or foreign binary would; the typesetter is installed (tests/setup).
        var bin = Tools(("node", Script("node", "echo 'node: cannot execute: required file not found' >&2\nexit 126\n")));
        var (exitCode, output, error) = RunPrint(bin, []);
        Assert.Equal(1, exitCode);
        Assert.Matches(@"yearbook\.yml: error YB0601: the typesetter stopped \(exit code 126\): node: cannot execute: required file not found; check that .*node runs \(`node --version`\)", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Fact]
    public void ABrokenInstallSaysWhichFolderToDelete()
    {
        // The package's folder is there (so the install counts as done) but holds nothing Node.js can load.
        var folder = new TypesetterInstall(TypesetterInstall.ProgramFiles, Path.Combine(Cache, "yearbook")).Folder;
        Directory.CreateDirectory(Path.Combine(folder, TypesetterInstall.Package));
        var bin = Tools(("node", FindOnPath("node")));
        var (exitCode, output, error) = RunPrint(bin, new() { ["XDG_CACHE_HOME"] = Cache });
        Assert.Equal(1, exitCode);
        Assert.Contains("error YB0601: the typesetter could not load Typst: ", error);
        Assert.Contains($"; delete {folder} to have it installed again", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Runs <c>yearbook print</c> on a one-chapter site with only <paramref name="bin"/> on the PATH.</summary>
    private (int ExitCode, string Output, string Error) RunPrint(string bin, Dictionary<string, string> environment)
    {
        using var site = new TempSite();
        site.Write("2025/01-a.md", "---\ntitle: 概况\n---\n正文。\n");
        var start = new ProcessStartInfo(FindOnPath("dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Yearbook.Cli.dll"), "print", site.Content, "--output", Path.Combine(site.Root, "pdf")])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = bin;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A folder holding links to <paramref name="tools"/>, to be the whole PATH.</summary>
    private string Tools(params (string Name, string Target)[] tools)
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        foreach (var (name, target) in tools)
        {
            File.CreateSymbolicLink(Path.Combine(bin, name), target);
        }

        return bin;
    }

    /// <summary>An executable shell script named <paramref name="name"/> in a folder of its own.</summary>
    private string Script(string name, string body)
    {
        var folder = Path.Combine(_root, "scripts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"{name} is not on the PATH (tests/setup installs it)");
}
