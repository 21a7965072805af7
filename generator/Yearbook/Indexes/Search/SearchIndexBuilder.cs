using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yearbook.Editions;
using Yearbook.Indexes.Contents;
using Yearbook.Rendering;

namespace Yearbook.Indexes.Search;

/// <summary>
/// Builds the search index both editions share. Every chapter is a document, numbered in reading
/// order (newest volume first). Its keys (<see cref="SearchKeys"/>) come from the folded text of both
/// editions, so a query in either script meets the same keys; the postings are written in hashed
/// shards (<see cref="SearchShards"/>); each edition gets its own documents (title, address, a line
/// of context, text for excerpts) in small chunks; <c>search/index.json</c> tells the browser the
/// shard count, the chunk size and the fold table.
/// </summary>
/// <remarks>
/// What a query downloads: <c>index.json</c> once, one shard per distinct key, and the document
/// chunks of the results it shows. Nothing grows with the site except the number of files.
/// </remarks>
public sealed class SearchIndexBuilder
{
    /// <summary>
    /// The size a document chunk aims at: a few chapters of average length. Chapters of one category
    /// stand next to each other in reading order and tend to answer the same queries, so the first ten
    /// results often lie in three or four chunks: fewer requests, which cost more than bytes (a browser
    /// opens six connections to a host over HTTP/1.1). Results spread over the site cost at most ten chunks.
    /// </summary>
    public const int ChunkTargetBytes = 16 * 1024;

    /// <summary>The longest text kept per document for excerpts; keys come from the whole chapter.</summary>
    public const int ExcerptSourceLength = 8000;

    // Written once, fetched by script: nothing is embedded in HTML, so Chinese can stay UTF-8 (a third
    // of the size of \uXXXX escapes); quotes, backslashes and control characters are still escaped.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SiteUrls _urls;
    private readonly ScriptFold _fold;

    /// <summary>Creates a builder that links documents with <paramref name="urls"/> and folds with <paramref name="fold"/>.</summary>
    public SearchIndexBuilder(SiteUrls urls, ScriptFold fold)
    {
        _urls = urls;
        _fold = fold;
    }

    /// <summary>Builds the index of the chapters in <paramref name="volumes"/>, the same chapters in each edition.</summary>
    public SearchIndex Build(IReadOnlyDictionary<Edition, IReadOnlyList<EditionVolume>> volumes)
    {
        var editions = Edition.All.Where(volumes.ContainsKey).ToList();
        var documents = editions.ToDictionary(e => e, e => Documents(e, volumes[e]));
        var count = editions.Count == 0 ? 0 : documents[editions[0]].Count;

        // Keys per document, in parallel; then postings in document order, so every list ascends.
        var keys = new (uint[] All, uint[] Title)[count];
        Parallel.For(0, count, id =>
        {
            var all = new HashSet<uint>();
            var title = new HashSet<uint>();
            foreach (var edition in editions)
            {
                var document = documents[edition][id];
                SearchKeys.Add(_fold.Fold(document.Title), title);
                SearchKeys.Add(_fold.Fold(document.IndexText), all);
            }

            all.UnionWith(title);
            keys[id] = ([.. all], [.. title]);
        });

        var postings = new Dictionary<uint, (List<int> All, List<int>? Title)>();
        for (var id = 0; id < count; id++)
        {
            foreach (var key in keys[id].All)
            {
                if (!postings.TryGetValue(key, out var lists))
                {
                    postings[key] = lists = ([], null);
                }

                lists.All.Add(id);
            }

            foreach (var key in keys[id].Title)
            {
                var lists = postings[key];
                if (lists.Title is null)
                {
                    postings[key] = lists = (lists.All, []);
                }

                lists.Title!.Add(id);
            }
        }

        var entries = postings
            .Select(p => (Key: SearchKeys.Text(p.Key), Value: p.Value.Title is null
                ? PostingList.Encode(p.Value.All)
                : PostingList.Encode(p.Value.All) + "," + PostingList.Encode(p.Value.Title)))
            .ToList();
        var shardCount = SearchShards.CountFor(entries.Sum(e => Encoding.UTF8.GetByteCount(e.Key) + e.Value.Length + 6L));

        var files = new List<(string Path, byte[] Bytes)>();
        var perChunk = DocumentsPerChunk(documents.Values.SelectMany(d => d).ToList());
        files.Add((SearchIndex.Folder + "index.json", IndexFile(shardCount, count, perChunk)));
        foreach (var shard in entries.GroupBy(e => SearchShards.Of(e.Key, shardCount)).OrderBy(g => g.Key))
        {
            files.Add(($"{SearchIndex.Folder}shards/{shard.Key}.json", Write(writer =>
            {
                writer.WriteStartObject();
                foreach (var (key, value) in shard.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            })));
        }

        foreach (var edition in editions)
        {
            var list = documents[edition];
            for (var start = 0; start < count; start += perChunk)
            {
                var chunk = list.Skip(start).Take(perChunk);
                files.Add(($"{edition.Code}/{SearchIndex.DocumentsFolder}{start / perChunk}.json", Write(writer =>
                {
                    writer.WriteStartArray();
                    foreach (var document in chunk)
                    {
                        writer.WriteStartArray();
                        writer.WriteStringValue(document.Title);
                        writer.WriteStringValue(document.Url);
                        writer.WriteStringValue(document.Context);
                        writer.WriteStringValue(document.ExcerptText);
                        writer.WriteEndArray();
                    }

                    writer.WriteEndArray();
                })));
            }
        }

        return new SearchIndex(files, count, entries.Count, shardCount);
    }

    private List<SearchDocument> Documents(Edition edition, IReadOnlyList<EditionVolume> volumes) =>
    [
        .. from volume in volumes
           from category in volume.Categories
           from chapter in category.Chapters
           select SearchDocument.Of(chapter, _urls.Chapter(edition, chapter.Source), volume, category),
    ];

    private static int DocumentsPerChunk(IReadOnlyList<SearchDocument> documents)
    {
        if (documents.Count == 0)
        {
            return 1;
        }

        var average = documents.Average(d => Encoding.UTF8.GetByteCount(d.ExcerptText) + Encoding.UTF8.GetByteCount(d.Title) + d.Url.Length + 16.0);
        return Math.Max(1, (int)(ChunkTargetBytes / average));
    }

    private byte[] IndexFile(int shards, int documents, int perChunk) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteNumber("shards", shards);
        writer.WriteNumber("documents", documents);
        writer.WriteNumber("documentsPerChunk", perChunk);
        writer.WriteStartObject("fold");
        writer.WriteString("from", new string([.. _fold.Pairs.Select(p => p.From)]));
        writer.WriteString("to", new string([.. _fold.Pairs.Select(p => p.To)]));
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Json))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>One chapter as the index sees it in one edition.</summary>
    private sealed record SearchDocument(string Title, string Url, string Context, string IndexText, string ExcerptText)
    {
        public static SearchDocument Of(EditionChapter chapter, string url, EditionVolume volume, CategoryEntry category)
        {
            var lead = chapter.Summary.Length > 0 ? chapter.Summary + "\n" : "";
            var text = lead + chapter.PlainText;
            var index = string.Join("\n", [chapter.Title, category.Name, .. chapter.Tags, text]);
            var context = volume.Title == category.Name ? volume.Title : volume.Title + " · " + category.Name;
            var cut = text.Length <= ExcerptSourceLength ? text.Length
                : char.IsHighSurrogate(text[ExcerptSourceLength - 1]) ? ExcerptSourceLength - 1 : ExcerptSourceLength;
            return new SearchDocument(chapter.Title, url, context, index, text[..cut]);
        }
    }
}
