using Microsoft.Win32.SafeHandles;
using Yearbook.Diagnostics;

namespace Yearbook.Output;

/// <summary>
/// Writes a file into the staging folder, which starts empty. The file is created rather than
/// truncated: on ext4 a truncated file is flushed to disk when it is closed (the safeguard for
/// programs that rewrite files in place), which cost more than writing twenty thousand pages.
/// </summary>
internal static class NewFile
{
    /// <summary>Writes <paramref name="bytes"/> as the whole content of <paramref name="path"/>.</summary>
    /// <exception cref="OutputNotWritableException">The disk is full, or the folder cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var file = Create(path);
            RandomAccess.Write(file, bytes, 0);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            throw new OutputNotWritableException(path, ex);
        }
    }

    /// <summary>Writes <paramref name="pieces"/>, one after another, as the whole content of <paramref name="path"/>.</summary>
    /// <exception cref="OutputNotWritableException">The disk is full, or the folder cannot be written.</exception>
    public static void Write(string path, IReadOnlyList<byte[]> pieces)
    {
        try
        {
            using var file = Create(path);
            RandomAccess.Write(file, pieces.Select(p => (ReadOnlyMemory<byte>)p).ToList(), 0);
        }
        catch (Exception ex) when (OutputNotWritableException.IsFileSystemFailure(ex))
        {
            throw new OutputNotWritableException(path, ex);
        }
    }

    private static SafeFileHandle Create(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }
}
