namespace Yearbook.Diagnostics;

/// <summary>
/// The output could not be written for a reason outside the generator: a full disk, a folder the user
/// may not write, a read-only file system. The build reports it as YB0504 and keeps the previous site.
/// </summary>
internal sealed class OutputNotWritableException : IOException
{
    // errno values Linux and macOS report in IOException.HResult for these failures.
    private const int NoSpace = 28; // ENOSPC
    private const int ReadOnlyFileSystem = 30; // EROFS
    private const int QuotaExceeded = 122; // EDQUOT on Linux

    /// <summary>Wraps the failure to write <paramref name="path"/>.</summary>
    public OutputNotWritableException(string path, Exception inner)
        : base(Explain(inner), inner) => Path = path;

    /// <summary>The file or folder being written.</summary>
    public string Path { get; }

    /// <summary>Whether <paramref name="exception"/> is a failure of the file system rather than of the generator.</summary>
    public static bool IsFileSystemFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException && exception is not OutputNotWritableException;

    /// <summary>The reason in an editor's words, without the path the system message repeats.</summary>
    private static string Explain(Exception inner)
    {
        var message = inner.Message;
        if (inner is UnauthorizedAccessException)
        {
            return "permission denied: the user running the build may not write there";
        }

        if (inner.HResult is NoSpace or QuotaExceeded || message.Contains("No space left", StringComparison.OrdinalIgnoreCase))
        {
            return "the disk is full";
        }

        if (inner.HResult == ReadOnlyFileSystem || message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            return "the file system is read-only";
        }

        // "Some reason : '/path'": the path is named by the diagnostic.
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
