using System.Collections.Concurrent;

namespace Yearbook.Content;

/// <summary>
/// Decides whether a path lies inside a folder once symbolic links are followed, so a link in the
/// content cannot make the build read (or publish) a file from elsewhere on the machine.
/// Folders already resolved are remembered: a 10,000-chapter site asks about 10,000 files in a few
/// dozen folders, and resolving every component of every path again cost more than parsing them.
/// An instance remembers folders for its lifetime (one build, or one preview session): a folder
/// replaced by a link later is seen by the next full build, which makes a new instance.
/// </summary>
internal sealed class ContentBoundary
{
    private readonly ConcurrentDictionary<string, string> _resolvedFolders = new(StringComparer.Ordinal);
    private readonly string _resolvedRoot;

    /// <summary>Creates the boundary of <paramref name="root"/>.</summary>
    public ContentBoundary(string root)
    {
        _resolvedRoot = ResolveFolder(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    }

    /// <summary>True when <paramref name="path"/> (a file or a folder), with symbolic links resolved, lies inside the root.</summary>
    public bool Contains(string path) =>
        (Resolve(Path.GetFullPath(path)) + Path.DirectorySeparatorChar).StartsWith(_resolvedRoot, StringComparison.Ordinal);

    /// <summary>The real path of <paramref name="path"/>: every link along it followed.</summary>
    private string Resolve(string path)
    {
        var info = new FileInfo(path);
        // One lstat answers both: a link shows as a reparse point, with no readlink for a plain file.
        if (info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            // A plain file: only the folders above it can be links, and they are remembered.
            var parent = Path.GetDirectoryName(path);
            return parent is null ? path : Path.Combine(ResolveFolder(parent), info.Name);
        }

        return ResolveUncached(path);
    }

    private string ResolveFolder(string folder) =>
        _resolvedFolders.TryGetValue(folder, out var resolved) ? resolved : _resolvedFolders[folder] = ResolveUncached(folder);

    private string ResolveUncached(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        var resolved = target?.FullName ?? path;
        var parent = Path.GetDirectoryName(resolved);
        return parent is null ? resolved : Path.Combine(ResolveFolder(parent), Path.GetFileName(resolved));
    }
}
