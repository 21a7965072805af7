namespace Yearbook.Indexes.Downloads;

/// <summary>
/// A download in the pieces it is made of, written one after another: an edition's statistics files run to
/// megabytes, made of each series' kept lines, and are never joined in memory.
/// </summary>
/// <param name="Path">The output path relative to the site.</param>
/// <param name="Pieces">The bytes, piece by piece.</param>
internal sealed record DownloadFile(string Path, IReadOnlyList<byte[]> Pieces)
{
    /// <summary>A download made in one piece.</summary>
    public static implicit operator DownloadFile((string Path, byte[] Bytes) file) => new(file.Path, [file.Bytes]);
}
