namespace Yearbook.Indexes.Search;

/// <summary>
/// The distinct keys of one chapter (see <see cref="SearchKeys"/>), gathered in an open-addressing
/// table. A key is never 0 (no character is U+0000), so 0 marks an empty slot. Each thread keeps one set
/// and clears it between chapters. A <c>HashSet&lt;uint&gt;</c> took 1.3 times as long once fully
/// compiled (2,000 synthetic chapters: 57 ms against 44) and far longer in a build's first seconds: its
/// code for <c>uint</c> is not in our ReadyToRun image, so it started unoptimised, and gathering keys is
/// most of the search index's work.
/// </summary>
internal sealed class KeySet
{
    private uint[] _slots = new uint[1 << 12];
    private uint[] _keys = new uint[1 << 11];
    private int _count;

    /// <summary>The keys, in the order they were first added.</summary>
    public ReadOnlySpan<uint> Keys => _keys.AsSpan(0, _count);

    /// <summary>Adds <paramref name="key"/> unless the set holds it; never 0.</summary>
    public void Add(uint key)
    {
        var mask = _slots.Length - 1;
        // Fibonacci hashing spreads the pairs, which differ mostly in their high half.
        var slot = (int)((key * 0x9E3779B9u) >> 8) & mask;
        while (true)
        {
            var held = _slots[slot];
            if (held == key)
            {
                return;
            }

            if (held == 0)
            {
                _slots[slot] = key;
                if (_count == _keys.Length)
                {
                    Array.Resize(ref _keys, _count * 2);
                }

                _keys[_count++] = key;
                if (_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Empties the set, keeping its room.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
    }

    /// <summary>Doubles the table, at most half full, and places the keys again.</summary>
    private void Grow()
    {
        _slots = new uint[_slots.Length * 2];
        var count = _count;
        _count = 0;
        foreach (var key in _keys.AsSpan(0, count))
        {
            Add(key);
        }
    }
}
