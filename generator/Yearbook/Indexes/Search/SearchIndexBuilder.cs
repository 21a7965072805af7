using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Search;

/// <summary>
/// Builds the search index both editions share. Every chapter is a document, and so is every entry
/// (条目) of a chapter, right after it, numbered in reading order (newest volume first); an entry's
/// address is its anchor on the chapter page, so a search lands on it, and its words are not the chapter's. Its keys (<see cref="SearchKeys"/>) come from the folded text of both
/// editions, so a query in either script meets the same keys; the postings are written in hashed
/// shards (<see cref="SearchShards"/>); each edition gets its own documents (title, address, a line
/// of context, text for excerpts) in small chunks; <c>search/index.json</c> tells the browser the
/// shard count, the chunk size and the fold table, and <c>search/index.js</c> says the same to a page
/// that loads it as a script.
/// </summary>
/// <remarks>
/// What a query downloads: <c>index.js</c> (or <c>index.json</c>) once, one shard per distinct key, and the document
/// chunks of the results it shows. Nothing grows with the site except the number of files.
/// </remarks>
internal sealed class SearchIndexBuilder
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
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private Utf8JsonWriter? _writer;

    /// <summary>Creates a builder that links documents with <paramref name="urls"/> and folds with <paramref name="fold"/>.</summary>
    public SearchIndexBuilder(SiteUrls urls, ScriptFold fold)
    {
        _urls = urls;
        _fold = fold;
    }

    /// <summary>
    /// How many documents have their keys gathered (in parallel) before they join the postings (in
    /// document order): enough to keep both cores busy, few enough that the keys of a whole site never
    /// sit in memory at once.
    /// </summary>
    private const int KeyBatch = 256;

    /// <summary>Builds the index of the chapters in <paramref name="volumes"/>, the same chapters in each edition.</summary>
    public SearchIndex Build(IReadOnlyDictionary<Edition, IReadOnlyList<EditionVolume>> volumes)
    {
        var editions = Edition.All.Where(volumes.ContainsKey).ToList();
        var documents = editions.ToDictionary(e => e, e => Documents(e, volumes[e]));
        var count = editions.Count == 0 ? 0 : documents[editions[0]].Count;

        // Keys per document, a batch at a time in parallel; then postings in document order, so every
        // list ascends. Each list is written in its final text form as it grows.
        var postings = new Dictionary<uint, Postings>();
        var batch = new (uint[] All, uint[] Title)[Math.Min(KeyBatch, count)];
        for (var start = 0; start < count; start += KeyBatch)
        {
            var end = Math.Min(count, start + KeyBatch);
            Parallel.For(start, end, id => batch[id - start] = KeysOf(editions.Select(e => documents[e][id])));
            for (var id = start; id < end; id++)
            {
                var (all, title) = batch[id - start];
                foreach (var key in all)
                {
                    if (!postings.TryGetValue(key, out var lists))
                    {
                        postings[key] = lists = new Postings();
                    }

                    lists.All.Add(id);
                }

                foreach (var key in title)
                {
                    postings[key].AddTitle(id);
                }
            }
        }

        Array.Clear(batch);
        var entries = postings.Select(p => (Key: SearchKeys.Text(p.Key), Value: p.Value)).ToList();
        var shardCount = SearchShards.CountFor(entries.Sum(e => Encoding.UTF8.GetByteCount(e.Key) + e.Value.Length + 6L));

        var files = new List<(string Path, byte[] Bytes)>();
        var perChunk = DocumentsPerChunk(documents.Values.SelectMany(d => d).ToList());
        var indexFile = IndexFile(shardCount, count, perChunk);
        files.Add((SearchIndex.Folder + "index.json", indexFile));
        files.Add((SearchIndex.Folder + "index.js", IndexScript(indexFile)));
        var value = new byte[entries.Count == 0 ? 0 : entries.Max(e => e.Value.Length)];
        foreach (var shard in entries.GroupBy(e => SearchShards.Of(e.Key, shardCount)).OrderBy(g => g.Key))
        {
            files.Add(($"{SearchIndex.Folder}shards/{shard.Key}.json", Write(writer =>
            {
                writer.WriteStartObject();
                foreach (var (key, lists) in shard.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(key, value.AsSpan(0, lists.CopyTo(value)));
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
                        writer.WriteStringValue(document.ExcerptText());
                        writer.WriteEndArray();
                    }

                    writer.WriteEndArray();
                })));
            }
        }

        return new SearchIndex(files, count, entries.Count, shardCount);
    }

    [ThreadStatic]
    private static KeySet? s_all;

    [ThreadStatic]
    private static KeySet? s_title;

    /// <summary>The keys of one chapter in every edition: all of them, and those of its title.</summary>
    private (uint[] All, uint[] Title) KeysOf(IEnumerable<SearchDocument> editions)
    {
        // Each thread keeps its two sets from chapter to chapter.
        var all = s_all ??= new KeySet();
        var title = s_title ??= new KeySet();
        all.Clear();
        title.Clear();
        var buffer = ArrayPool<char>.Shared.Rent(1024);
        void Add(string text, KeySet keys)
        {
            if (buffer.Length < text.Length)
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = ArrayPool<char>.Shared.Rent(text.Length);
            }

            _fold.Fold(text, buffer);
            SearchKeys.Add(buffer.AsSpan(0, text.Length), keys);
        }

        foreach (var document in editions)
        {
            Add(document.Title, title);
            if (document.Entry is { } entry)
            {
                foreach (var tag in entry.Tags)
                {
                    Add(tag, all);
                }

                Add(entry.Text, all);
                continue;
            }

            // The parts of the indexed text one by one: a line break between them is no token, so
            // their keys are the keys of the text they make together.
            Add(document.Category, all);
            foreach (var tag in document.Chapter.Tags)
            {
                Add(tag, all);
            }

            Add(document.Chapter.Summary, all);
            Add(document.Chapter.TextOutsideEntries ?? document.Chapter.PlainText, all);
        }

        ArrayPool<char>.Shared.Return(buffer);
        foreach (var key in title.Keys)
        {
            all.Add(key);
        }

        return (all.Keys.ToArray(), title.Keys.ToArray());
    }

    /// <summary>The posting lists of one key: every document it occurs in, and those whose title holds it.</summary>
    private sealed class Postings
    {
        public PostingListBuilder All { get; } = new();

        public PostingListBuilder? Title { get; private set; }

        /// <summary>The length of the shard value: the list of all documents, then a comma and the title list when there is one.</summary>
        public int Length => All.Length + (Title is null ? 0 : 1 + Title.Length);

        public void AddTitle(int id) => (Title ??= new PostingListBuilder()).Add(id);

        /// <summary>Writes the shard value into <paramref name="destination"/>; returns its length.</summary>
        public int CopyTo(Span<byte> destination)
        {
            All.Text.CopyTo(destination);
            if (Title is null)
            {
                return All.Length;
            }

            destination[All.Length] = (byte)',';
            Title.Text.CopyTo(destination[(All.Length + 1)..]);
            return Length;
        }
    }

    private List<SearchDocument> Documents(Edition edition, IReadOnlyList<EditionVolume> volumes) =>
    [
        .. from volume in volumes
           from category in volume.Categories
           from chapter in category.Chapters
           let context = volume.Title == category.Name ? volume.Title : volume.Title + " · " + category.Name
           let url = _urls.Chapter(edition, chapter.Source)
           from document in chapter.Entries
               .Select(e => new SearchDocument(chapter, url + "#" + e.Id, context + " · " + chapter.Title, category.Name) { Entry = e })
               .Prepend(new SearchDocument(chapter, url, context, category.Name))
           select document,
    ];

    private static int DocumentsPerChunk(IReadOnlyList<SearchDocument> documents)
    {
        if (documents.Count == 0)
        {
            return 1;
        }

        var average = documents.Average(d => Encoding.UTF8.GetByteCount(d.ExcerptText()) + Encoding.UTF8.GetByteCount(d.Title) + d.Url.Length + 16.0);
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

    /// <summary>
    /// The same settings as a script the search page loads with itself: a fetched index.json is
    /// not part of loading the page, so a reader who searched at once waited for it (and for a main
    /// thread still busy with the page) before the first shard could be asked for.
    /// </summary>
    private static byte[] IndexScript(byte[] indexFile) =>
        [.. "window.yearbookSearchIndex = "u8, .. indexFile.AsSpan().TrimEnd((byte)'\n'), .. ";\n"u8];

    /// <summary>
    /// Writes one file of the index through one buffer and writer, reused from file to file: a
    /// stream grown anew for each of seven thousand files at 10,000 chapters left hundreds of
    /// megabytes behind for the collector. A builder builds one index at a time.
    /// </summary>
    private byte[] Write(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(_buffer, Json);
        writer.Reset(_buffer);
        write(writer);
        writer.Flush();
        _buffer.Write("\n"u8);
        return _buffer.WrittenSpan.ToArray();
    }


    /// <summary>
    /// One chapter as the index sees it in one edition. Its texts are read from the chapter when
    /// needed rather than copied: the whole site's text would otherwise be held twice more.
    /// </summary>
    private sealed record SearchDocument(EditionChapter Chapter, string Url, string Context, string Category)
    {
        /// <summary>The entry this document is, or null for the chapter.</summary>
        public EditionEntry? Entry { get; init; }

        public string Title => Entry?.Title ?? Chapter.Title;

        /// <summary>The text excerpts are taken from: the summary and the body, cut to <see cref="ExcerptSourceLength"/>; an entry's own text.</summary>
        public string ExcerptText()
        {
            if (Entry is { Text: var own })
            {
                return own.Length <= ExcerptSourceLength ? own : own[..ExcerptSourceLength];
            }

            // Only the start of the body can be in the excerpt: behind a summary it is not copied whole to be cut.
            var body = Chapter.PlainText;
            var text = Chapter.Summary.Length > 0 ? string.Concat(Chapter.Summary, "\n", body.AsSpan(0, Math.Min(body.Length, ExcerptSourceLength))) : body;
            var cut = text.Length <= ExcerptSourceLength ? text.Length
                : char.IsHighSurrogate(text[ExcerptSourceLength - 1]) ? ExcerptSourceLength - 1 : ExcerptSourceLength;
            return text[..cut];
        }
    }
}
