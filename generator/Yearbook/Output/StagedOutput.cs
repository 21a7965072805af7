using System.Text;
using Yearbook.Diagnostics;

namespace Yearbook.Output;

/// <summary>
/// The output folder, written safely. Files go to a staging folder beside the output; only when the
/// whole build succeeded is the staging folder moved into place, so a failed or killed build never
/// leaves a half-written site and the previous site stays until the new one is complete. The
/// generator only ever replaces a folder it created itself (it holds a marker file).
/// </summary>
public sealed class StagedOutput : IDisposable
{
    /// <summary>The marker file that says the generator created a folder and may replace it.</summary>
    public const string MarkerFile = ".yearbook-output";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private bool _committed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DirectoryInfo>> _createdFolders = new(StringComparer.Ordinal);

    private StagedOutput(string output, string staging)
    {
        _output = output;
        Staging = staging;
    }

    /// <summary>The staging folder files are written to.</summary>
    public string Staging { get; }

    /// <summary>
    /// Prepares to write <paramref name="output"/>; null (reported) when that folder must not be
    /// replaced: the site or theme source, one of their ancestors, a home folder, the file system root,
    /// or a non-empty folder the generator did not create.
    /// </summary>
    /// <param name="output">The output folder.</param>
    /// <param name="siteRoot">The site folder.</param>
    /// <param name="diagnostics">Where a refusal is reported.</param>
    /// <param name="themeFolder">The theme's folder, which may not be replaced either.</param>
    public static StagedOutput? Open(string output, string siteRoot, DiagnosticBag diagnostics, string? themeFolder = null)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var site = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);
        var location = new SourceLocation(SiteLoadLocation);
        string? refusal = null;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd(Path.DirectorySeparatorChar);
        if (output.Length == 0 || output == Path.GetPathRoot(output)?.TrimEnd(Path.DirectorySeparatorChar) || output == home)
        {
            refusal = "it is the file system root or a home folder";
        }
        else if (IsSameOrInside(site, output))
        {
            refusal = "it holds the site's source";
        }
        else if (themeFolder is not null && (IsSameOrInside(output, Path.GetFullPath(themeFolder)) || IsSameOrInside(Path.GetFullPath(themeFolder), output)))
        {
            refusal = "it holds or is inside the theme";
        }
        else if (IsSameOrInside(output, site) && !IsGeneratedFolder(output))
        {
            refusal = "it is inside the site's source";
        }
        else if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            refusal = $"it is not empty and was not made by the generator (no {MarkerFile} file)";
        }

        if (refusal is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, $"the output folder {output} will not be replaced: {refusal}", location);
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(output);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}{StagingInfix}{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), "This folder was written by the yearbook generator and is replaced by each build.\n");
        return new StagedOutput(output, staging);
    }

    /// <summary>Writes a UTF-8 text file at <paramref name="relativePath"/> (forward slashes).</summary>
    public void WriteText(string relativePath, string text) => NewFile.Write(Prepare(relativePath), Utf8.GetBytes(text));

    /// <summary>
    /// Writes the UTF-8 text file at <paramref name="relativePath"/> that <paramref name="write"/> renders,
    /// through buffers the calling thread reuses from page to page.
    /// </summary>
    public void WriteText(string relativePath, Action<TextWriter> write) => PageBuffer.Write(Prepare(relativePath), Utf8, write);

    /// <summary>Writes bytes at <paramref name="relativePath"/>.</summary>
    public void WriteBytes(string relativePath, byte[] bytes) => NewFile.Write(Prepare(relativePath), bytes);

    /// <summary>Copies a file into the output.</summary>
    public void CopyFile(string source, string relativePath) => File.Copy(source, Prepare(relativePath), overwrite: true);

    /// <summary>Moves the staged site into place, replacing the previous one in one atomic step where the system allows.</summary>
    public void Commit()
    {
        var old = FolderSwap.Replace(_output, Staging, _output + AsideSuffix + Environment.ProcessId);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private string Prepare(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Staging, relativePath));
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        // Each folder is created once, however many files go into it; a Lazy, so a second thread
        // writing into the same folder waits until it exists.
        var folder = Path.GetDirectoryName(full)!;
        _ = _createdFolders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;

        return full;
    }

    private const string SiteLoadLocation = "yearbook.yml";
    private const string AsideSuffix = ".previous-";
    private const string StagingInfix = ".staging-";

    /// <summary>
    /// Cleans up after builds that were killed: a site moved aside and never replaced goes back, staging
    /// folders of processes that no longer run are deleted. Folders of a build still running are left alone.
    /// Only names the generator gives (<c>OUTPUT.previous-PID</c>, <c>.OUTPUT.staging-PID</c>) are touched.
    /// </summary>
    public static void RemoveLeftovers(string output)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(output) is null || !Directory.Exists(Path.GetDirectoryName(output)))
        {
            return;
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var asides = Directory.EnumerateDirectories(parent, name + AsideSuffix + "*").Where(d => !IsRunning(d)).ToList();
        FolderSwap.Recover(output, asides);
        foreach (var staging in Directory.EnumerateDirectories(parent, "." + name + StagingInfix + "*").Where(d => !IsRunning(d)))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Whether the process whose id ends the folder's name still runs (and is not this one).</summary>
    private static bool IsRunning(string folder)
    {
        var dash = folder.LastIndexOf('-');
        if (!int.TryParse(folder.AsSpan(dash + 1), out var id) || id == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsGeneratedFolder(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(Path.Combine(folder, MarkerFile));
}
