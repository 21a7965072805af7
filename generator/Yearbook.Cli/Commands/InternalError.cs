using Yearbook.Diagnostics;

namespace Yearbook.Cli.Commands;

/// <summary>
/// What the command prints for an exception no command handled. A file that could not be read or
/// written (a read-only folder for <c>yearbook new</c>) is the machine's problem: one line, exit code 2.
/// Anything else is a bug: one line naming the file the build was working on and where to report it.
/// The stack trace only with <c>--verbose</c>.
/// </summary>
public static class InternalError
{
    /// <summary>Where problems with the generator are reported.</summary>
    public const string ReportTo = "the Yearbook repository's issue tracker";

    /// <summary>Writes the report of <paramref name="exception"/> and returns <see cref="ExitCodes.InternalError"/>, or <see cref="ExitCodes.Environment"/> for a file system failure.</summary>
    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var pipeline = Find(exception);
        var cause = pipeline?.InnerException ?? Innermost(exception);
        if (pipeline is null && cause is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"yearbook: error: {OneLine(cause.Message)}");
            if (verbose)
            {
                error.WriteLine(exception.ToString());
            }

            return ExitCodes.Environment;
        }

        var file = pipeline is null ? "" : $" while working on {Shown(pipeline.File)}";
        error.WriteLine($"yearbook: internal error{file}: {cause.GetType().Name}: {OneLine(cause.Message)}. " +
            $"This is a bug in the generator, not a mistake in the yearbook: please report it on {ReportTo} with this line" +
            (verbose ? " and the details below." : " and what `--verbose` adds when the command is run again."));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return ExitCodes.InternalError;
    }

    /// <summary>The pipeline's record of the file it was on, inside parallel or nested failures: the innermost, the most precise.</summary>
    private static PipelineException? Find(Exception exception) => exception switch
    {
        PipelineException pipeline => (pipeline.InnerException is { } inner ? Find(inner) : null) ?? pipeline,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(p => p is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };

    private static Exception Innermost(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Innermost(aggregate.Flatten().InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Innermost(inner),
        _ => exception,
    };

    /// <summary>A path relative to the working folder when it lies inside it, as the editor typed it.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").TrimEnd('.');
}
