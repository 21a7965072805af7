namespace Yearbook.Indexes;

/// <summary>The indexes across volumes, as flags: which of them an edit makes out of date.</summary>
[Flags]
internal enum IndexKinds
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary>The honors index, its page and downloads.</summary>
    Honors = 1,

    /// <summary>The statistics index, its page and downloads.</summary>
    Statistics = 2,

    /// <summary>The subject index and its page.</summary>
    Subjects = 4,

    /// <summary>The chronicle (大事记) across volumes and its page.</summary>
    Chronicle = 8,

    /// <summary>All of them.</summary>
    All = Honors | Statistics | Subjects | Chronicle,
}
