using System.Runtime.InteropServices;

namespace Yearbook.Conversion;

/// <summary>
/// Folds a <see cref="Dict"/> into a trie image: every table <see cref="PrefixMatch"/> looks things
/// up in (the 64K root table, the hashed edges, the key and value pools, each entry's first value),
/// laid out as aligned sections of one byte block (<see cref="TrieImage"/>). All the per-entry work
/// happens here, at build time for the stock configs, so loading a matcher is pointing at the block.
/// Keys are taken in ordinal order and nodes numbered breadth first, so the same dictionary always
/// gives the same bytes.
/// </summary>
internal static class TrieCompiler
{
    /// <summary>The image of <paramref name="dict"/>, in a pinned array so a matcher can point into it.</summary>
    public static byte[] Compile(Dict dict)
    {
        var keys = dict.Entries.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);

        // Entry pools. Entry e: key = keys[keyStart[e]..keyStart[e+1]); values v in
        // [valueIndex[e], valueIndex[e+1]), value v = values[valueStart[v]..valueStart[v+1]).
        var dictionaries = new List<string>();
        var keyPool = new List<char>();
        var valuePool = new List<char>();
        var keyStart = new int[keys.Length + 1];
        var valueIndex = new int[keys.Length + 1];
        var valueStart = new List<int>();
        var entryDictionary = new int[keys.Length];
        var defaultStart = new int[keys.Length];
        var defaultLength = new int[keys.Length];
        int maxKeyLength = 0, maxDefaultLength = 0;
        for (int e = 0; e < keys.Length; e++)
        {
            var entry = dict.Entries[keys[e]];
            keyStart[e] = keyPool.Count;
            keyPool.AddRange(entry.Key);
            valueIndex[e] = valueStart.Count;
            defaultStart[e] = valuePool.Count;
            defaultLength[e] = entry.Default.Length;
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
            entryDictionary[e] = d;
            maxKeyLength = Math.Max(maxKeyLength, entry.Key.Length);
            maxDefaultLength = Math.Max(maxDefaultLength, entry.Default.Length);
        }
        keyStart[keys.Length] = keyPool.Count;
        valueIndex[keys.Length] = valueStart.Count;
        valueStart.Add(valuePool.Count);

        // Breadth first, so the children of a node get consecutive ids. Node 0 is the root.
        var root = new int[char.MaxValue + 1];
        var firstChild = new List<int> { 0 };
        var childCount = new List<int> { 0 };
        var label = new List<char> { '\0' };
        var nodeEntry = new List<int> { -1 };
        var queue = new Queue<(int Node, int Lo, int Hi, int Depth)>();
        queue.Enqueue((0, 0, keys.Length, 0));
        while (queue.Count > 0)
        {
            var (node, lo, hi, depth) = queue.Dequeue();
            if (lo < hi && keys[lo].Length == depth)
            {
                nodeEntry[node] = lo;
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
                nodeEntry.Add(-1);
                if (node == 0)
                {
                    root[c] = child;
                }
                queue.Enqueue((child, i, j, depth + 1));
                count++;
                i = j;
            }
            childCount[node] = count;
        }
        var edges = HashEdges(firstChild, childCount, label, nodeEntry);

        var strings = new List<string> { dict.Name };
        strings.AddRange(dictionaries);
        var stringStart = new int[strings.Count + 1];
        for (int s = 0; s < strings.Count; s++)
        {
            stringStart[s + 1] = stringStart[s] + strings[s].Length;
        }

        var header = new TrieImage.Header
        {
            Magic = TrieImage.Magic,
            FormatVersion = TrieImage.FormatVersion,
            MaxKeyLength = maxKeyLength,
            MaxDefaultLength = maxDefaultLength,
            EntryCount = keys.Length,
            NodeCount = label.Count,
            RootFirstChild = firstChild[0],
            RootChildCount = childCount[0],
            EdgeMask = edges.Length - 1,
            StringCount = strings.Count,
        };
        var image = new TrieImage.Writer();
        image.Add(root);
        image.Add(childCount.ToArray());
        image.Add(nodeEntry.ToArray());
        image.Add(label.ToArray());
        image.Add(edges);
        image.Add(keyPool.ToArray());
        image.Add(keyStart);
        image.Add(valueIndex);
        image.Add(valueStart.ToArray());
        image.Add(valuePool.ToArray());
        image.Add(entryDictionary);
        image.Add(defaultStart);
        image.Add(defaultLength);
        image.Add(stringStart);
        image.Add(string.Concat(strings).ToCharArray());
        return image.ToPinnedArray(header);
    }

    /// <summary>
    /// Every edge below the root in one open-addressing table keyed on (parent, label), at most half
    /// full: one probe, usually, where a binary search over a common character's hundreds of children
    /// mispredicts its way down.
    /// </summary>
    private static TrieEdge[] HashEdges(List<int> firstChild, List<int> childCount, List<char> label, List<int> nodeEntry)
    {
        int edgeCount = label.Count - 1 - childCount[0];
        int size = 16;
        while (size < edgeCount * 2)
        {
            size <<= 1;
        }
        var edges = new TrieEdge[size];
        int mask = size - 1;
        for (int parent = 1; parent < firstChild.Count; parent++)
        {
            for (int child = firstChild[parent]; child < firstChild[parent] + childCount[parent]; child++)
            {
                int slot = TrieEdge.Slot(parent, label[child], mask);
                while (edges[slot].Parent != 0)
                {
                    slot = (slot + 1) & mask;
                }
                edges[slot] = new TrieEdge
                {
                    Parent = parent,
                    Child = child,
                    Entry = nodeEntry[child],
                    Label = label[child],
                    ChildHasChildren = childCount[child] > 0,
                };
            }
        }
        return edges;
    }
}

/// <summary>An edge of the trie below the root; <see cref="Parent"/> 0 marks an empty slot (the root's edges are in the root table).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct TrieEdge
{
    [FieldOffset(0)]
    public int Parent;

    [FieldOffset(4)]
    public int Child;

    /// <summary>The entry whose key ends at <see cref="Child"/>, or -1.</summary>
    [FieldOffset(8)]
    public int Entry;

    [FieldOffset(12)]
    public char Label;

    [FieldOffset(14)]
    public bool ChildHasChildren;

    public static int Slot(int parent, char label, int mask) =>
        (int)(((uint)parent * 0x9E3779B1u ^ (uint)label * 0x85EBCA77u) * 0xC2B2AE3Du >> 7) & mask;
}
