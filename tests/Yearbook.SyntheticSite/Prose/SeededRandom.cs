namespace Yearbook.SyntheticSite.Prose;

/// <summary>
/// A small pseudo-random generator (SplitMix64) whose sequence is fixed by this code, not by the
/// runtime: <see cref="System.Random"/>'s algorithm for a given seed may change between .NET versions,
/// and the same seed must give the same yearbook byte for byte everywhere.
/// </summary>
public sealed class SeededRandom
{
    private ulong _state;

    /// <summary>Creates a generator whose sequence is fixed by <paramref name="seed"/> and the <paramref name="streams"/> (e.g. a chapter number).</summary>
    public SeededRandom(int seed, params int[] streams)
    {
        _state = 0x9E3779B97F4A7C15UL ^ (ulong)(uint)seed;
        foreach (var stream in streams)
        {
            _state = Mix(_state + (ulong)(uint)stream * 0xBF58476D1CE4E5B9UL);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextBits() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> different items of <paramref name="items"/>, in the list's order.</summary>
    public IReadOnlyList<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = new SortedSet<int>();
        count = Math.Min(count, items.Count);
        while (indexes.Count < count)
        {
            indexes.Add(Next(items.Count));
        }

        return indexes.Select(i => items[i]).ToList();
    }

    /// <summary>A stable hash of a string, for values that must not depend on the order things are generated in.</summary>
    public static ulong Hash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return Mix(hash);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
