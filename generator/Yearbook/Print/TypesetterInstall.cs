using System.Diagnostics;
using System.Security.Cryptography;

namespace Yearbook.Print;

/// <summary>
/// The typesetter's npm packages (Typst), installed on first use with <c>npm ci</c> from the package-lock.json that
/// travels with the tool, into a per-user cache folder named after the lockfile's hash
/// (<c>~/.cache/yearbook/typesetter-HASH</c>): integrity-checked by npm, shared by every site and clone, and a new
/// folder when a version of the tool pins another Typst. <c>tests/setup</c> installs it by the same rule.
/// </summary>
internal sealed class TypesetterInstall
{
    /// <summary>The Typst package's folder under the installed node_modules.</summary>
    public const string Package = "node_modules/@myriaddreamin/typst-ts-node-compiler";

    /// <summary>Creates the install of the lockfile in <paramref name="files"/> under <paramref name="cacheRoot"/>.</summary>
    public TypesetterInstall(string files, string cacheRoot)
    {
        Files = files;
        var lockFile = Path.Combine(files, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new TypesetterMissingException($"the tool is incomplete: {lockFile} is missing; reinstall it");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockFile)))[..16];
        Folder = Path.Combine(cacheRoot, "typesetter-" + hash);
    }

    /// <summary>The typesetter's files beside the program: typeset.cjs, package.json and package-lock.json.</summary>
    public static string ProgramFiles => Path.Combine(AppContext.BaseDirectory, "typesetter");

    /// <summary>The per-user cache of the tool: <c>$XDG_CACHE_HOME/yearbook</c>, <c>~/.cache/yearbook</c>, or the local application data folder on Windows.</summary>
    public static string CacheRoot
    {
        get
        {
            if (OperatingSystem.IsWindows())
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "yearbook");
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            return Path.Combine(xdg is { Length: > 0 } && Path.IsPathRooted(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "yearbook");
        }
    }

    /// <summary>The folder with package.json, package-lock.json and typeset.cjs.</summary>
    public string Files { get; }

    /// <summary>The install's folder, named after the lockfile's hash.</summary>
    public string Folder { get; }

    /// <summary>The installed node_modules folder.</summary>
    public string Modules => Path.Combine(Folder, "node_modules");

    /// <summary>Whether the packages are installed (the folder appears only once <c>npm ci</c> has finished).</summary>
    public bool IsInstalled => Directory.Exists(Path.Combine(Folder, Package));

    /// <summary>
    /// Installs the packages with <paramref name="npm"/> into a folder of its own, renamed into place once complete, so that
    /// a killed install or two prints at once never leave half a typesetter. Says so in one line through <paramref name="notice"/>.
    /// </summary>
    public void Install(string npm, Action<string>? notice)
    {
        notice?.Invoke($"Installing the typesetter (Typst, pinned in its package-lock.json) with npm ci into {Folder}: once for this version of the tool …");
        Directory.CreateDirectory(Path.GetDirectoryName(Folder)!);
        var staging = $"{Folder}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(staging);
            File.Copy(Path.Combine(Files, "package.json"), Path.Combine(staging, "package.json"));
            File.Copy(Path.Combine(Files, "package-lock.json"), Path.Combine(staging, "package-lock.json"));
            var (exitCode, error) = RunNpm(npm, staging);
            if (exitCode != 0 || !Directory.Exists(Path.Combine(staging, Package)))
            {
                throw new TypesetterMissingException(
                    $"the typesetter could not be installed: `npm ci` failed ({Reason(error, exitCode)}); it downloads Typst from the npm registry once: check the network connection (or npm's registry and proxy settings) and run the command again",
                    install: true);
            }

            try
            {
                Directory.Move(staging, Folder);
            }
            catch (IOException) when (IsInstalled)
            {
                // Another print installed it meanwhile: use that one.
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TypesetterMissingException($"the typesetter could not be installed into {Folder}: {ex.Message}", install: true);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static (int ExitCode, string Error) RunNpm(string npm, string folder)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --ignore-scripts: the packages need none; npm picks this platform's prebuilt compiler of the optional ones.
        foreach (var argument in (string[])["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    /// <summary>npm's reason in one line: its first error line that is not a field of the error object, a stack frame or the log's path.</summary>
    private static string Reason(string error, int exitCode)
    {
        var line = error.Split('\n')
            .Select(l => l.Trim())
            .Select(l => l.StartsWith("npm error", StringComparison.Ordinal) ? l["npm error".Length..].Trim() : l.StartsWith("npm ERR!", StringComparison.Ordinal) ? l["npm ERR!".Length..].Trim() : l)
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("A complete log", StringComparison.Ordinal)
                && !System.Text.RegularExpressions.Regex.IsMatch(l, @"^(code|errno|syscall|path|dest|signal|command|cwd)\s"));
        return line is null ? $"exit code {exitCode}" : line.Length > 240 ? line[..240] + "…" : line;
    }
}
