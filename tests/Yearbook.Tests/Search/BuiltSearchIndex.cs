using System.Text.Json;
using Yearbook.Indexes.Search;

namespace Yearbook.Tests.Search;

/// <summary>
/// Reads a built site's search files the way search.js does: folds the query with the table in
/// <c>search/index.json</c>, looks its keys up in the shards they hash to, intersects the postings
/// and ranks title hits first. Lets tests check the files without a browser.
/// </summary>
public sealed class BuiltSearchIndex
{
    private readonly string _output;
    private readonly Dictionary<char, char> _fold;

    /// <summary>Opens the index of the site built into <paramref name="output"/>.</summary>
    public BuiltSearchIndex(string output)
    {
        _output = output;
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "search", "index.json")));
        var root = index.RootElement;
        Shards = root.GetProperty("shards").GetInt32();
        Documents = root.GetProperty("documents").GetInt32();
        DocumentsPerChunk = root.GetProperty("documentsPerChunk").GetInt32();
        var from = root.GetProperty("fold").GetProperty("from").GetString()!;
        var to = root.GetProperty("fold").GetProperty("to").GetString()!;
        Assert.Equal(from.Length, to.Length);
        _fold = from.Zip(to).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>The shard count.</summary>
    public int Shards { get; }

    /// <summary>The number of documents.</summary>
    public int Documents { get; }

    /// <summary>Documents per chunk file.</summary>
    public int DocumentsPerChunk { get; }

    /// <summary>The fold table, as the browser reads it.</summary>
    public IReadOnlyDictionary<char, char> Fold => _fold;

    /// <summary>The document numbers <paramref name="query"/> finds, title hits first.</summary>
    public IReadOnlyList<int> Find(string query)
    {
        var folded = new string([.. query.Select(c => _fold.GetValueOrDefault(c, c))]);
        var runs = Runs(folded);
        var keys = runs.SelectMany(run => run.Length == 1 ? [run] : Enumerable.Range(0, run.Length - 1).Select(i => run.Substring(i, 2))).Distinct().ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        IEnumerable<int>? all = null, title = null;
        foreach (var key in keys)
        {
            if (!Shard(SearchShards.Of(key, Shards)).TryGetValue(key, out var entry))
            {
                return [];
            }

            var parts = entry.Split(',');
            all = all is null ? PostingList.Decode(parts[0]) : all.Intersect(PostingList.Decode(parts[0]));
            var titled = parts.Length > 1 ? PostingList.Decode(parts[1]) : [];
            title = title is null ? titled : title.Intersect(titled);
        }

        var first = title!.Order().ToList();
        return [.. first, .. all!.Except(first).Order()];
    }

    /// <summary>A shard file's keys and postings.</summary>
    public Dictionary<string, string> Shard(int n) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(Path.Combine(_output, "search", "shards", $"{n}.json")))!;

    /// <summary>Document <paramref name="id"/> of <paramref name="edition"/>: title, address, volume and category, text.</summary>
    public (string Title, string Url, string Context, string Text) Document(string edition, int id)
    {
        var chunk = JsonSerializer.Deserialize<string[][]>(File.ReadAllBytes(Path.Combine(_output, edition, "search", "docs", $"{id / DocumentsPerChunk}.json")))!;
        var d = chunk[id % DocumentsPerChunk];
        return (d[0], d[1], d[2], d[3]);
    }

    // The query's runs of letters: spaces and punctuation split them, as in search.js.
    private static List<string> Runs(string text)
    {
        var runs = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !SearchKeys.IsToken(text[i]))
            {
                if (i > start)
                {
                    runs.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return runs;
    }
}
