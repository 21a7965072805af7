using System.Runtime.InteropServices;

namespace Yearbook.Conversion;

/// <summary>
/// Longest-prefix lookup over a <see cref="Dict"/>: a trie in flat arrays, built from the keys in
/// ordinal order. The first character indexes a 64K table directly, deeper levels binary-search
/// their children, so a lookup costs a handful of array reads and allocates nothing. Entries are
/// kept in pools (keys, values, source dictionary) rather than objects, which makes the whole thing
/// a few arrays that the build serializes (<see cref="Write"/>) and the library loads in a
/// millisecond (<see cref="Read"/>) instead of parsing and folding text dictionaries at start-up.
/// Keys are UTF-16; a key never ends inside a surrogate pair, so a match ends on a code point.
/// </summary>
internal sealed class PrefixMatch
{
    private const int FormatVersion = 1;

    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly char[] _label;
    private readonly int[] _entry;

    // Every edge below the root, hashed on (parent, label) with open addressing: one probe, usually,
    // where a binary search over a common character's hundreds of children mispredicts its way down.
    // Built from the arrays above when loading (a few milliseconds), so the compiled format is unchanged.
    private readonly Edge[] _edges;
    private readonly int _edgeMask;

    // Per entry, derived when loading: where its first value starts in _values, and its length.
    private readonly int[] _defaultStart;
    private readonly int[] _defaultLength;

    // Entry e: key = _keys[_keyStart[e].._keyStart[e+1]); values v in [_valueIndex[e], _valueIndex[e+1]),
    // value v = _values[_valueStart[v].._valueStart[v+1]); the first is the default.
    private readonly char[] _keys;
    private readonly int[] _keyStart;
    private readonly int[] _valueIndex;
    private readonly int[] _valueStart;
    private readonly char[] _values;
    private readonly int[] _entryDictionary;
    private readonly string[] _dictionaries;

    public PrefixMatch(Dict dict)
    {
        Name = dict.Name;
        var keys = dict.Entries.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);

        var dictionaries = new List<string>();
        var keyPool = new List<char>();
        var valuePool = new List<char>();
        _keyStart = new int[keys.Length + 1];
        _valueIndex = new int[keys.Length + 1];
        var valueStart = new List<int>();
        _entryDictionary = new int[keys.Length];
        for (int e = 0; e < keys.Length; e++)
        {
            var entry = dict.Entries[keys[e]];
            _keyStart[e] = keyPool.Count;
            keyPool.AddRange(entry.Key);
            _valueIndex[e] = valueStart.Count;
            foreach (var value in entry.Values)
            {
                valueStart.Add(valuePool.Count);
                valuePool.AddRange(value);
            }
            int d = dictionaries.IndexOf(entry.Dictionary);
            if (d < 0)
            {
                d = dictionaries.Count;
                dictionaries.Add(entry.Dictionary);
            }
            _entryDictionary[e] = d;
            MaxKeyLength = Math.Max(MaxKeyLength, entry.Key.Length);
        }
        _keyStart[keys.Length] = keyPool.Count;
        _valueIndex[keys.Length] = valueStart.Count;
        valueStart.Add(valuePool.Count);
        _valueStart = [.. valueStart];
        _keys = [.. keyPool];
        _values = [.. valuePool];
        _dictionaries = [.. dictionaries];

        // Breadth first, so the children of a node get consecutive ids. Node 0 is the root.
        var firstChild = new List<int> { 0 };
        var childCount = new List<int> { 0 };
        var label = new List<char> { '\0' };
        var entries = new List<int> { -1 };
        var queue = new Queue<(int Node, int Lo, int Hi, int Depth)>();
        queue.Enqueue((0, 0, keys.Length, 0));
        while (queue.Count > 0)
        {
            var (node, lo, hi, depth) = queue.Dequeue();
            if (lo < hi && keys[lo].Length == depth)
            {
                entries[node] = lo;
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
                entries.Add(-1);
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
        _entry = [.. entries];
        (_edges, _edgeMask) = HashEdges(_firstChild, _childCount, _entry);
        (_defaultStart, _defaultLength, MaxDefaultLength) = Defaults(_valueIndex, _valueStart);
    }

    private PrefixMatch(BinaryReader reader)
    {
        if (reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Compiled OpenCC dictionary has an unknown format version.");
        }
        Name = reader.ReadString();
        MaxKeyLength = reader.ReadInt32();
        _dictionaries = new string[reader.ReadInt32()];
        for (int i = 0; i < _dictionaries.Length; i++)
        {
            _dictionaries[i] = reader.ReadString();
        }
        _firstChild = ReadArray<int>(reader);
        _childCount = ReadArray<int>(reader);
        _label = ReadArray<char>(reader);
        _entry = ReadArray<int>(reader);
        _keys = ReadArray<char>(reader);
        _keyStart = ReadArray<int>(reader);
        _valueIndex = ReadArray<int>(reader);
        _valueStart = ReadArray<int>(reader);
        _values = ReadArray<char>(reader);
        _entryDictionary = ReadArray<int>(reader);
        int rootStart = _firstChild[0];
        for (int child = rootStart; child < rootStart + _childCount[0]; child++)
        {
            _root[_label[child]] = child;
        }
        (_edges, _edgeMask) = HashEdges(_firstChild, _childCount, _entry);
        (_defaultStart, _defaultLength, MaxDefaultLength) = Defaults(_valueIndex, _valueStart);
    }

    /// <summary>An edge of the trie below the root; <see cref="Parent"/> 0 marks an empty slot (the root's edges are in _root).</summary>
    private struct Edge
    {
        public int Parent;
        public int Child;
        public int Entry;
        public char Label;
        public bool ChildHasChildren;
    }

    private static (int[] Start, int[] Length, int Max) Defaults(int[] valueIndex, int[] valueStart)
    {
        var start = new int[valueIndex.Length - 1];
        var length = new int[start.Length];
        int max = 0;
        for (int e = 0; e < start.Length; e++)
        {
            int v = valueIndex[e];
            start[e] = valueStart[v];
            length[e] = valueStart[v + 1] - valueStart[v];
            max = Math.Max(max, length[e]);
        }
        return (start, length, max);
    }

    private (Edge[] Edges, int Mask) HashEdges(int[] firstChild, int[] childCount, int[] entry)
    {
        int edgeCount = _label.Length - 1 - childCount[0];
        int size = 16;
        while (size < edgeCount * 2)
        {
            size <<= 1;
        }
        var edges = new Edge[size];
        int mask = size - 1;
        for (int parent = 1; parent < firstChild.Length; parent++)
        {
            for (int child = firstChild[parent]; child < firstChild[parent] + childCount[parent]; child++)
            {
                int slot = Slot(parent, _label[child], mask);
                while (edges[slot].Parent != 0)
                {
                    slot = (slot + 1) & mask;
                }
                edges[slot] = new Edge
                {
                    Parent = parent,
                    Child = child,
                    Entry = entry[child],
                    Label = _label[child],
                    ChildHasChildren = childCount[child] > 0,
                };
            }
        }
        return (edges, mask);
    }

    private static int Slot(int parent, char label, int mask) =>
        (int)(((uint)parent * 0x9E3779B1u ^ (uint)label * 0x85EBCA77u) * 0xC2B2AE3Du >> 7) & mask;

    /// <summary>The dictionary (or folded group) name, e.g. <c>(STPhrases+STPhrases_GeneratedFromRegionalPhrases),STCharacters</c>.</summary>
    public string Name { get; }

    /// <summary>Length in UTF-16 units of the longest key.</summary>
    public int MaxKeyLength { get; }

    public int Count => _keyStart.Length - 1;

    /// <summary>Length in UTF-16 units of the longest first value.</summary>
    public int MaxDefaultLength { get; }

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    public bool CanStart(char c) => _root[c] != 0;

    /// <summary>The first characters of all keys, for a vectorised scan to the next possible match.</summary>
    public IEnumerable<char> StartCharacters()
    {
        int start = _firstChild[0];
        for (int child = start; child < start + _childCount[0]; child++)
        {
            yield return _label[child];
        }
    }

    /// <summary>The entry of the longest key that is a prefix of <paramref name="text"/>, or -1.</summary>
    public int Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }
        int node = _root[text[0]];
        if (node == 0)
        {
            return -1;
        }
        int best = _entry[node];
        if (_childCount[node] == 0)
        {
            return best;
        }
        var edges = _edges;
        int mask = _edgeMask;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            int slot = Slot(node, c, mask);
            while (true)
            {
                ref readonly var edge = ref edges[slot];
                if (edge.Parent == node && edge.Label == c)
                {
                    if (edge.Entry >= 0)
                    {
                        best = edge.Entry;
                    }
                    if (!edge.ChildHasChildren)
                    {
                        return best;
                    }
                    node = edge.Child;
                    break;
                }
                if (edge.Parent == 0)
                {
                    return best;
                }
                slot = (slot + 1) & mask;
            }
        }
        return best;
    }

    public int KeyLength(int entry) => _keyStart[entry + 1] - _keyStart[entry];

    public ReadOnlySpan<char> Key(int entry) => _keys.AsSpan(_keyStart[entry], KeyLength(entry));

    /// <summary>The first value: what the conversion writes.</summary>
    public ReadOnlySpan<char> Default(int entry) => _values.AsSpan(_defaultStart[entry], _defaultLength[entry]);

    /// <summary>The entry as an object, for inspection (allocates).</summary>
    public DictEntry GetEntry(int entry)
    {
        var values = new string[_valueIndex[entry + 1] - _valueIndex[entry]];
        for (int k = 0; k < values.Length; k++)
        {
            int v = _valueIndex[entry] + k;
            values[k] = new string(_values, _valueStart[v], _valueStart[v + 1] - _valueStart[v]);
        }
        return new DictEntry(Key(entry).ToString(), values, _dictionaries[_entryDictionary[entry]]);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Name);
        writer.Write(MaxKeyLength);
        writer.Write(_dictionaries.Length);
        foreach (var dictionary in _dictionaries)
        {
            writer.Write(dictionary);
        }
        WriteArray<int>(writer, _firstChild);
        WriteArray<int>(writer, _childCount);
        WriteArray<char>(writer, _label);
        WriteArray<int>(writer, _entry);
        WriteArray<char>(writer, _keys);
        WriteArray<int>(writer, _keyStart);
        WriteArray<int>(writer, _valueIndex);
        WriteArray<int>(writer, _valueStart);
        WriteArray<char>(writer, _values);
        WriteArray<int>(writer, _entryDictionary);
    }

    public static PrefixMatch Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        return new PrefixMatch(reader);
    }

    // Little-endian on every platform .NET runs on here; the format is rebuilt with the assembly anyway.
    private static void WriteArray<T>(BinaryWriter writer, T[] array)
        where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var array = new T[reader.ReadInt32()];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        int read = reader.Read(bytes);
        while (read < bytes.Length)
        {
            int more = reader.Read(bytes[read..]);
            if (more == 0)
            {
                throw new EndOfStreamException("Compiled OpenCC dictionary is truncated.");
            }
            read += more;
        }
        return array;
    }
}
