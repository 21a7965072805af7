namespace Yearbook.Content;

/// <summary>
/// The parts of the content a stage can read: the front matter field groups and the body of a chapter,
/// a volume's listing (its chapters, their order and categories), and a subject's place in the index.
/// A page depends on exactly the parts it read, so an edit re-renders only the pages that read what changed.
/// </summary>
internal enum ContentPart
{
    Title,
    Category,
    Order,
    Script,
    Date,
    SourceName,
    Authors,
    Summary,
    Tags,
    SortKey,
    Honors,
    Stats,
    Body,
    Kind,
    Document,
    Page,

    /// <summary>A chapter's entries (条目): their ids, titles and tags, as the subject index reads them.</summary>
    Entries,

    /// <summary>A chronicle's dated items, as the chronicle pages read them.</summary>
    Chronicle,

    /// <summary>A volume's chapters, in reading order, and its categories (keyed by the volume's slug; the empty key is the whole site's).</summary>
    Listing,

    /// <summary>Which chapters come before and after a chapter in its volume (keyed by the chapter's path).</summary>
    Neighbours,

    /// <summary>A subject's anchor in the subject index (keyed by the subject).</summary>
    SubjectAnchor,
}

/// <summary>One part of one source: a chapter's path, a volume's slug or a subject, with the part read.</summary>
/// <param name="Source">The chapter path, volume slug or subject.</param>
/// <param name="Part">The part read.</param>
internal readonly record struct ContentRead(string Source, ContentPart Part);

/// <summary>
/// Records what a stage reads, as it reads it: the model's getters call <see cref="Note"/>, which adds to
/// the set of the computation running on this thread, if any. Stages do not fan out to other threads while
/// they are recorded; a build that keeps nothing records nothing and pays a thread-static read per getter.
/// </summary>
internal static class ContentReads
{
    [ThreadStatic]
    private static HashSet<ContentRead>? t_reads;

    /// <summary>Notes that <paramref name="part"/> of <paramref name="source"/> was read.</summary>
    public static void Note(string? source, ContentPart part)
    {
        if (t_reads is { } reads && source is not null)
        {
            reads.Add(new ContentRead(source, part));
        }
    }

    /// <summary>Notes every read of <paramref name="reads"/>: what a kept result read when it was made, as if it were made again now.</summary>
    public static void NoteAll(IEnumerable<ContentRead> reads) => t_reads?.UnionWith(reads);

    /// <summary>Runs <paramref name="compute"/> and returns its result with what it read; nested recordings add to the outer one too.</summary>
    public static T Record<T>(Func<T> compute, out HashSet<ContentRead> reads)
    {
        var outer = t_reads;
        reads = [];
        t_reads = reads;
        try
        {
            return compute();
        }
        finally
        {
            t_reads = outer;
            outer?.UnionWith(reads);
        }
    }

    /// <summary>Runs <paramref name="compute"/> with nothing recorded: reads that do not belong to the computation being recorded.</summary>
    public static T Unrecorded<T>(Func<T> compute)
    {
        var outer = t_reads;
        t_reads = null;
        try
        {
            return compute();
        }
        finally
        {
            t_reads = outer;
        }
    }
}
