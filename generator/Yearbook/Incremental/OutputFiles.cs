using System.Text;

namespace Yearbook.Incremental;

/// <summary>
/// Writes into a published output folder while the preview server reads it: each file is written
/// beside its target and moved into place, so a reader never sees half a page; a file whose bytes
/// did not change is left alone. Keeps the list of files it touched.
/// </summary>
internal sealed class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _folder;
    private readonly List<string> _touched = [];

    /// <summary>Writes into <paramref name="folder"/>.</summary>
    public OutputFiles(string folder) => _folder = folder;

    /// <summary>The files written, copied or removed, relative to the output folder, in that order.</summary>
    public IReadOnlyList<string> Touched => _touched;

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="relativePath"/> unless the file already holds it.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/> unless the file already holds them.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_folder, relativePath);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Replace(relativePath, temporary => File.WriteAllBytes(temporary, bytes));
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="relativePath"/>.</summary>
    public void Copy(string source, string relativePath) => Replace(relativePath, temporary => File.Copy(source, temporary, overwrite: true));

    /// <summary>Removes <paramref name="relativePath"/>, and the folders it leaves empty, up to the output folder.</summary>
    public void Delete(string relativePath)
    {
        var path = Path.Combine(_folder, relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        File.Delete(path);
        _touched.Add(relativePath);
        var root = Path.GetFullPath(_folder).TrimEnd(Path.DirectorySeparatorChar);
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null && folder.Length > root.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
        {
            Directory.Delete(folder);
        }
    }

    private void Replace(string relativePath, Action<string> write)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".writing";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
        _touched.Add(relativePath);
    }
}
