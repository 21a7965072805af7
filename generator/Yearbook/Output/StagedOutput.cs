using System.Text;
using Yearbook.Diagnostics;

namespace Yearbook.Output;

/// <summary>
/// The output folder, written safely. Files go to a staging folder beside the output; only when the
/// whole build succeeded is the staging folder moved into place, so a failed or killed build never
/// leaves a half-written site and the previous site stays until the new one is complete. The
/// generator only ever replaces a folder it created itself (it holds a marker file).
/// </summary>
internal sealed class StagedOutput : IDisposable, IOutputSink
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
        try
        {
            return OpenUnguarded(output, siteRoot, diagnostics, themeFolder);
        }
        catch (Exception ex) when (ex is OutputNotWritableException || OutputNotWritableException.IsFileSystemFailure(ex))
        {
            var failure = ex as OutputNotWritableException ?? new OutputNotWritableException(output, ex);
            Report(failure, output, diagnostics);
            return null;
        }
    }

    /// <summary>Reports <paramref name="failure"/> (YB0504) at the output folder, naming the file in the output it was writing.</summary>
    public static void Report(Exception failure, string output, DiagnosticBag diagnostics)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var path = failure is OutputNotWritableException { Path: var p } ? InOutput(output, p) : null;
        diagnostics.Error(DiagnosticCodes.OutputNotWritable,
            $"the output folder could not be written: {failure.Message}{(path is null ? "" : $" (writing {path})")}; nothing was published, the previous site is left as it was",
            new SourceLocation(output));
    }

    /// <summary>A path in the staging folder as the file's place in the output (<c>zh-hans/index.html</c>); null for the folder itself or a path elsewhere.</summary>
    private static string? InOutput(string output, string path)
    {
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{StagingInfix}");
        var start = path.StartsWith(staging, StringComparison.Ordinal) ? path.IndexOf(Path.DirectorySeparatorChar, staging.Length) : -1;
        return start < 0 ? null : path[(start + 1)..].Replace('\\', '/');
    }

    private static StagedOutput? OpenUnguarded(string output, string siteRoot, DiagnosticBag diagnostics, string? themeFolder)
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

    /// <summary>Writes <paramref name="pieces"/> one after another at <paramref name="relativePath"/>.</summary>
    public void WriteBytes(string relativePath, IReadOnlyList<byte[]> pieces) => NewFile.Write(Prepare(relativePath), pieces);

    /// <summary>Copies a file into the output.</summary>
    public void CopyFile(string source, string relativePath)
    {
        var target = Prepare(relativePath);
        try
        {
            File.Copy(source, target, overwrite: true);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex) && File.Exists(source))
        {
            throw new OutputNotWritableException(target, ex);
        }
    }

    /// <inheritdoc />
    void IOutputSink.CopyOutput(string fromRelativePath, string relativePath) => CopyFile(Path.Combine(Staging, fromRelativePath), relativePath);

    /// <inheritdoc />
    void IOutputSink.Delete(string relativePath)
    {
        // The staging folder starts empty: nothing to remove.
    }

    /// <summary>Moves the staged site into place, replacing the previous one in one atomic step where the system allows.</summary>
    public void Commit()
    {
        string? old;
        try
        {
            old = FolderSwap.Replace(_output, Staging, _output + AsideSuffix + Environment.ProcessId);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            throw new OutputNotWritableException(_output, ex);
        }

        _committed = true;
        if (old is not null)
        {
            // The new site is in place; a previous one that cannot be deleted now is removed by the next build.
            DeleteIfPossible(old);
        }
    }

    /// <summary>Removes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            // Best effort: a failure here must not hide the one that stopped the build; the next build removes it.
            DeleteIfPossible(Staging);
        }
    }

    private static void DeleteIfPossible(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            // left for RemoveLeftovers
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
        _ = _createdFolders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => CreateFolder(f))).Value;

        return full;
    }

    private static DirectoryInfo CreateFolder(string folder)
    {
        try
        {
            return Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            throw new OutputNotWritableException(folder, ex);
        }
    }

    private const string SiteLoadLocation = "yearbook.yml";
    private const string AsideSuffix = ".previous-";
    private const string StagingInfix = ".staging-";

    /// <summary>
    /// Cleans up after builds that were killed: a site moved aside and never replaced goes back, staging
    /// folders of processes that no longer run are deleted. Folders of a build still running are left alone.
    /// Only names the generator gives (<c>OUTPUT.previous-PID</c>, <c>.OUTPUT.staging-PID</c>) are touched.
    /// </summary>
    /// <exception cref="IOException">The folder beside the output cannot be read or cleaned (an <see cref="OutputNotWritableException"/>).</exception>
    public static void RemoveLeftovers(string output)
    {
        try
        {
            RemoveLeftoversUnguarded(output);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            throw new OutputNotWritableException(output, ex);
        }
    }

    private static void RemoveLeftoversUnguarded(string output)
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
