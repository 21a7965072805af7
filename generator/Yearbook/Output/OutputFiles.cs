using System.Buffers;
using System.Text;
namespace Yearbook.Output;

/// <summary>
/// Writes into a published output folder while the preview server reads it: each file is written
/// beside its target and moved into place, so a reader never sees half a page; a file whose bytes
/// did not change is left alone (compared as it is read, without loading a large index page whole).
/// Keeps the list of files it touched.
/// </summary>
internal sealed class OutputFiles : IOutputSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _folder;
    private readonly List<string> _touched = [];

    /// <summary>Writes into <paramref name="folder"/>.</summary>
    public OutputFiles(string folder) => _folder = folder;

    /// <summary>The files written, copied or removed, relative to the output folder, in that order.</summary>
    public IReadOnlyList<string> Touched => _touched;

    /// <summary>The output folder.</summary>
    public string Folder => _folder;

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="relativePath"/> unless the file already holds it.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    /// <summary>
    /// Writes the text <paramref name="render"/> writes (UTF-8, no BOM) to <paramref name="relativePath"/>
    /// unless the file already holds it, through buffers reused from page to page.
    /// </summary>
    public void WriteText(string relativePath, Action<TextWriter> render) => PageBuffer.Encode(Utf8, render, bytes => WriteBytes(relativePath, bytes));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/> unless the file already holds them.</summary>
    public void WriteBytes(string relativePath, byte[] bytes) => WriteBytes(relativePath, bytes.AsSpan());

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/> unless the file already holds them.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(_folder, relativePath);
        if (Holds(path, bytes))
        {
            return;
        }

        var temporary = Temporary(relativePath);
        NewFile.Write(temporary, bytes);
        MoveIntoPlace(temporary, relativePath);
    }

    /// <summary>Writes <paramref name="pieces"/>, one after another, to <paramref name="relativePath"/> unless the file already holds them.</summary>
    public void WriteBytes(string relativePath, IReadOnlyList<byte[]> pieces)
    {
        if (pieces.Count == 1)
        {
            WriteBytes(relativePath, pieces[0].AsSpan());
            return;
        }

        var path = Path.Combine(_folder, relativePath);
        if (Holds(path, pieces))
        {
            return;
        }

        var temporary = Temporary(relativePath);
        NewFile.Write(temporary, pieces);
        MoveIntoPlace(temporary, relativePath);
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="pieces"/>, one after another; read a block at a time.</summary>
    private static bool Holds(string path, IReadOnlyList<byte[]> pieces)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(file) != pieces.Sum(p => (long)p.Length))
        {
            return false;
        }

        var block = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var (piece, at) = (0, 0);
            for (long offset = 0; piece < pieces.Count;)
            {
                var read = RandomAccess.Read(file, block, offset);
                if (read == 0)
                {
                    return false;
                }

                offset += read;
                // The block against as many pieces as it spans.
                for (var compared = 0; compared < read && piece < pieces.Count;)
                {
                    var length = Math.Min(read - compared, pieces[piece].Length - at);
                    if (!pieces[piece].AsSpan(at, length).SequenceEqual(block.AsSpan(compared, length)))
                    {
                        return false;
                    }

                    (compared, at) = (compared + length, at + length);
                    if (at == pieces[piece].Length)
                    {
                        (piece, at) = (piece + 1, 0);
                    }
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="bytes"/>; read a block at a time, stopping at the first difference.</summary>
    private static bool Holds(string path, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(file) != bytes.Length)
        {
            return false;
        }

        var block = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(file, block, offset);
                if (read == 0 || !bytes.Slice(offset, Math.Min(read, bytes.Length - offset)).SequenceEqual(block.AsSpan(0, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="relativePath"/> unless the file already holds the same bytes.</summary>
    public void CopyFile(string source, string relativePath)
    {
        if (Same(source, Path.Combine(_folder, relativePath)))
        {
            return;
        }

        var temporary = Temporary(relativePath);
        File.Copy(source, temporary, overwrite: true);
        MoveIntoPlace(temporary, relativePath);
    }

    /// <inheritdoc />
    public void CopyOutput(string fromRelativePath, string relativePath) => CopyFile(Path.Combine(_folder, fromRelativePath), relativePath);

    /// <summary>Whether two files hold the same bytes.</summary>
    private static bool Same(string source, string target)
    {
        if (!File.Exists(target) || new FileInfo(source).Length != new FileInfo(target).Length)
        {
            return false;
        }

        return Holds(target, File.ReadAllBytes(source));
    }

    /// <summary>Removes <paramref name="relativePath"/>, and the folders it leaves empty, up to the output folder.</summary>
    public void Delete(string relativePath)
    {
        var path = Path.Combine(_folder, relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        File.Delete(path);
        lock (_touched)
        {
            _touched.Add(relativePath);
        }

        var root = Path.GetFullPath(_folder).TrimEnd(Path.DirectorySeparatorChar);
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null && folder.Length > root.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>The file beside <paramref name="relativePath"/>'s target that is written first, its folder created.</summary>
    private string Temporary(string relativePath)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path + ".writing";
    }

    private void MoveIntoPlace(string temporary, string relativePath)
    {
        File.Move(temporary, Path.Combine(_folder, relativePath), overwrite: true);
        lock (_touched)
        {
            _touched.Add(relativePath);
        }
    }
}
