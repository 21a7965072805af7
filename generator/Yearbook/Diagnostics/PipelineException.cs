namespace Yearbook.Diagnostics;

/// <summary>
/// An unexpected failure (a bug) met while the pipeline worked on one file. It carries that file so
/// the <c>yearbook</c> command can name it in one line instead of printing a stack trace.
/// </summary>
public sealed class PipelineException : Exception
{
    /// <summary>Wraps <paramref name="inner"/>, met while working on <paramref name="file"/>.</summary>
    public PipelineException(string file, Exception inner)
        : base($"{inner.GetType().Name}: {inner.Message}", inner) => File = file;

    /// <summary>The full path of the source file read or the output file written when it failed.</summary>
    public string File { get; }

    /// <summary>Runs <paramref name="work"/> on <paramref name="file"/>; a failure that is not already explained is wrapped to name the file.</summary>
    internal static void Guard(string file, Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex) when (IsUnexplained(ex))
        {
            throw new PipelineException(file, ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="file"/> and returns its result; see <see cref="Guard(string, Action)"/>.</summary>
    internal static T Guard<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (IsUnexplained(ex))
        {
            throw new PipelineException(file, ex);
        }
    }

    /// <summary>Whether <paramref name="exception"/> still needs a file named: not one of these, not a full disk or a read-only folder.</summary>
    internal static bool IsUnexplained(Exception exception) => exception switch
    {
        PipelineException or OutputNotWritableException or OperationCanceledException => false,
        // Parallel work on files inside this one (the chapters of a volume) named their own files already.
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(IsUnexplained),
        _ => true,
    };
}
