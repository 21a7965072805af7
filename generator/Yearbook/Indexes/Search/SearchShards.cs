namespace Yearbook.Indexes.Search;

/// <summary>
/// Which shard file holds a key: a hash of the key's UTF-16 units modulo the shard count. search.js
/// computes the same hash, so a query fetches only the shards of its own keys. The shard count grows
/// with the index, so that one shard stays near <see cref="TargetBytes"/> whatever the site's size.
/// </summary>
internal static class SearchShards
{
    /// <summary>The size one shard aims at: small enough that a query of a few keys downloads little.</summary>
    public const int TargetBytes = 8 * 1024;

    /// <summary>The shard count for postings that take <paramref name="totalBytes"/> in all.</summary>
    public static int CountFor(long totalBytes) => (int)Math.Max(1, (totalBytes + TargetBytes - 1) / TargetBytes);

    /// <summary>The shard of <paramref name="key"/> among <paramref name="count"/>.</summary>
    public static int Of(string key, int count)
    {
        // FNV-1a over UTF-16 units, then MurmurHash3's finaliser so every bit of the key reaches the
        // low bits the modulo keeps. search.js mirrors this line for line with Math.imul.
        var hash = 2166136261u;
        foreach (var unit in key)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (int)(hash % (uint)count);
    }
}
