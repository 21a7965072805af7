namespace Yearbook.Conversion;

/// <summary>
/// Longest-prefix lookup over a <see cref="Dict"/>: a trie in flat arrays, built once from the keys
/// in ordinal order. The first character indexes a 64K table directly, deeper levels binary-search
/// their (few) children, so a lookup costs a handful of array reads and allocates nothing.
/// Keys are UTF-16; a key never ends inside a surrogate pair, so a match always ends on a code point.
/// </summary>
internal sealed class PrefixMatch
{
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly char[] _label;
    private readonly int[] _entry;
    private readonly DictEntry[] _entries;

    public PrefixMatch(Dict dict)
    {
        Dict = dict;
        var keys = dict.Entries.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        _entries = new DictEntry[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            _entries[i] = dict.Entries[keys[i]];
            MaxKeyLength = Math.Max(MaxKeyLength, keys[i].Length);
        }

        // Breadth first, so the children of a node get consecutive ids. Node 0 is the root.
        var firstChild = new List<int> { 0 };
        var childCount = new List<int> { 0 };
        var label = new List<char> { '\0' };
        var entry = new List<int> { -1 };
        var queue = new Queue<(int Node, int Lo, int Hi, int Depth)>();
        queue.Enqueue((0, 0, keys.Length, 0));
        while (queue.Count > 0)
        {
            var (node, lo, hi, depth) = queue.Dequeue();
            if (lo < hi && keys[lo].Length == depth)
            {
                entry[node] = lo;
                lo++;
            }
            firstChild[node] = label.Count;
            int count = 0;
            for (int i = lo; i < hi;)
            {
                char c = keys[i][depth];
                int j = i + 1;
                while (j < hi && keys[j][depth] == c)
                {
                    j++;
                }
                int child = label.Count;
                firstChild.Add(0);
                childCount.Add(0);
                label.Add(c);
                entry.Add(-1);
                if (node == 0)
                {
                    _root[c] = child;
                }
                queue.Enqueue((child, i, j, depth + 1));
                count++;
                i = j;
            }
            childCount[node] = count;
        }
        _firstChild = [.. firstChild];
        _childCount = [.. childCount];
        _label = [.. label];
        _entry = [.. entry];
    }

    public Dict Dict { get; }

    /// <summary>Length in UTF-16 units of the longest key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    public bool CanStart(char c) => _root[c] != 0;

    /// <summary>The first characters of all keys, for a vectorised scan to the next possible match.</summary>
    public IEnumerable<char> StartCharacters()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (_root[c] != 0)
            {
                yield return (char)c;
            }
        }
    }

    /// <summary>The longest key that is a prefix of <paramref name="text"/>, or null.</summary>
    public DictEntry? Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }
        int node = _root[text[0]];
        if (node == 0)
        {
            return null;
        }
        int best = -1;
        int i = 1;
        while (true)
        {
            int e = _entry[node];
            if (e >= 0)
            {
                best = e;
            }
            if (i >= text.Length)
            {
                break;
            }
            int lo = _firstChild[node];
            int hi = lo + _childCount[node] - 1;
            char c = text[i];
            int found = 0;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                char m = _label[mid];
                if (m == c)
                {
                    found = mid;
                    break;
                }
                if (m < c)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            if (found == 0)
            {
                break;
            }
            node = found;
            i++;
        }
        return best < 0 ? null : _entries[best];
    }
}
