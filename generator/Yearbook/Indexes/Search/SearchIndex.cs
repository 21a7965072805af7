namespace Yearbook.Indexes.Search;

/// <summary>The search index as written: its files and the figures a build reports.</summary>
/// <param name="Files">The files, by output path relative to the site: <c>search/index.json</c>, the shards and each edition's documents.</param>
/// <param name="Documents">The number of chapters indexed.</param>
/// <param name="Keys">The number of distinct keys (characters and character pairs).</param>
/// <param name="Shards">The number of shard files.</param>
internal sealed record SearchIndex(IReadOnlyList<(string Path, byte[] Bytes)> Files, int Documents, int Keys, int Shards)
{
    /// <summary>The folder of the files both editions share, relative to the site.</summary>
    public const string Folder = Model.SitePaths.Search;

    /// <summary>The folder of one edition's documents, relative to the edition.</summary>
    public const string DocumentsFolder = Model.SitePaths.SearchDocuments;

    /// <summary>The size of every file together, in bytes.</summary>
    public long Bytes => Files.Sum(f => (long)f.Bytes.Length);
}
