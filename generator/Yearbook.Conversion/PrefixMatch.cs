using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Yearbook.Conversion;

/// <summary>
/// Longest-prefix lookup over a <see cref="Dict"/>: a trie in flat tables that
/// <see cref="TrieCompiler"/> built. The first character indexes a 64K table directly, deeper levels
/// probe one hash of every edge, so a lookup costs a handful of memory reads and allocates nothing.
/// The tables are used where they lie: for the stock configs that is the build's image embedded in
/// this assembly, which the runtime maps from the file, so loading a matcher costs no per-entry work
/// and a page of the image is read only when a lookup first touches it. Keys are UTF-16; a key never
/// ends inside a surrogate pair, so a match ends on a code point.
/// </summary>
internal sealed unsafe class PrefixMatch
{
    // Keeps the image alive (and fixed: it is pinned) when it is not part of the assembly image.
    private readonly byte[]? _ownedImage;
    private readonly byte* _image;
    private readonly long _imageLength;

    private readonly int* _root;
    private readonly int* _childCount;
    private readonly int* _nodeEntry;
    private readonly char* _label;
    private readonly TrieEdge* _edges;
    private readonly int _edgeMask;
    private readonly int _rootFirstChild;
    private readonly int _rootChildCount;

    // Entry e: key = _keys[_keyStart[e].._keyStart[e+1]); values v in [_valueIndex[e], _valueIndex[e+1]),
    // value v = _values[_valueStart[v].._valueStart[v+1]); the first is the default, also found
    // directly at _defaultStart[e] (length _defaultLength[e]).
    private readonly char* _keys;
    private readonly int* _keyStart;
    private readonly int* _valueIndex;
    private readonly int* _valueStart;
    private readonly char* _values;
    private readonly int* _entryDictionary;
    private readonly int* _defaultStart;
    private readonly int* _defaultLength;
    private readonly string[] _dictionaries;

    /// <summary>Folds <paramref name="dict"/> now (a glossary, a config that is not compiled).</summary>
    public PrefixMatch(Dict dict)
        : this(TrieCompiler.Compile(dict))
    {
    }

    private PrefixMatch(byte[] pinnedImage)
        : this((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinnedImage)), pinnedImage.Length, pinnedImage)
    {
    }

    /// <param name="image">A trie image that stays where it is for the life of the process (or of <paramref name="owner"/>).</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="owner">The pinned array holding the image, if it is one.</param>
    private PrefixMatch(byte* image, long length, byte[]? owner)
    {
        var header = TrieImage.Validate(image, length);
        _ownedImage = owner;
        _image = image;
        _imageLength = length;
        MaxKeyLength = header.MaxKeyLength;
        MaxDefaultLength = header.MaxDefaultLength;
        Count = header.EntryCount;
        _rootFirstChild = header.RootFirstChild;
        _rootChildCount = header.RootChildCount;
        _edgeMask = header.EdgeMask;

        _root = Section<int>(TrieImage.Section.Root, char.MaxValue + 1);
        _childCount = Section<int>(TrieImage.Section.ChildCount, header.NodeCount);
        _nodeEntry = Section<int>(TrieImage.Section.NodeEntry, header.NodeCount);
        _label = Section<char>(TrieImage.Section.Label, header.NodeCount);
        _edges = Section<TrieEdge>(TrieImage.Section.Edges, header.EdgeMask + 1);
        _keys = Section<char>(TrieImage.Section.Keys, -1);
        _keyStart = Section<int>(TrieImage.Section.KeyStart, Count + 1);
        _valueIndex = Section<int>(TrieImage.Section.ValueIndex, Count + 1);
        _valueStart = Section<int>(TrieImage.Section.ValueStart, -1);
        _values = Section<char>(TrieImage.Section.Values, -1);
        _entryDictionary = Section<int>(TrieImage.Section.EntryDictionary, Count);
        _defaultStart = Section<int>(TrieImage.Section.DefaultStart, Count);
        _defaultLength = Section<int>(TrieImage.Section.DefaultLength, Count);
        int* stringStart = Section<int>(TrieImage.Section.StringStart, header.StringCount + 1);
        char* strings = Section<char>(TrieImage.Section.Strings, stringStart[header.StringCount]);
        Name = new string(strings, 0, stringStart[1]);
        _dictionaries = new string[header.StringCount - 1];
        for (int d = 0; d < _dictionaries.Length; d++)
        {
            _dictionaries[d] = new string(strings, stringStart[d + 1], stringStart[d + 2] - stringStart[d + 1]);
        }
    }

    /// <summary>
    /// A matcher over a compiled image embedded in this assembly, used in place (copied only in the
    /// unlikely case the runtime hands out a stream that is not over memory, or memory that is not
    /// aligned for ints).
    /// </summary>
    public static PrefixMatch Read(Stream stream)
    {
        if (stream is UnmanagedMemoryStream { CanWrite: false } mapped && ((nint)mapped.PositionPointer & 7) == 0)
        {
            return new PrefixMatch(mapped.PositionPointer, mapped.Length - mapped.Position, owner: null);
        }
        var image = GC.AllocateUninitializedArray<byte>(checked((int)(stream.Length - stream.Position)), pinned: true);
        stream.ReadExactly(image);
        return new PrefixMatch(image);
    }

    /// <summary>Writes the image, as <see cref="Read"/> takes it.</summary>
    public void Write(Stream stream) => stream.Write(new ReadOnlySpan<byte>(_image, checked((int)_imageLength)));

    private T* Section<T>(TrieImage.Section section, int expectedCount)
        where T : unmanaged
    {
        if (expectedCount >= 0 && TrieImage.Count<T>(_image, section) != expectedCount)
        {
            throw new InvalidDataException($"Compiled OpenCC dictionary has a bad section {section}.");
        }
        return TrieImage.Get<T>(_image, section);
    }

    /// <summary>The dictionary (or folded group) name, e.g. <c>(STPhrases+STPhrases_GeneratedFromRegionalPhrases),STCharacters</c>.</summary>
    public string Name { get; }

    /// <summary>Length in UTF-16 units of the longest key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>Length in UTF-16 units of the longest first value.</summary>
    public int MaxDefaultLength { get; }

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    public bool CanStart(char c) => _root[c] != 0;

    /// <summary>The first characters of all keys, for a vectorised scan to the next possible match.</summary>
    public IEnumerable<char> StartCharacters()
    {
        var characters = new char[_rootChildCount];
        for (int k = 0; k < characters.Length; k++)
        {
            characters[k] = _label[_rootFirstChild + k];
        }
        return characters;
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
        int best = _nodeEntry[node];
        if (_childCount[node] == 0)
        {
            return best;
        }
        TrieEdge* edges = _edges;
        int mask = _edgeMask;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            int slot = TrieEdge.Slot(node, c, mask);
            while (true)
            {
                TrieEdge* edge = edges + slot;
                if (edge->Parent == node && edge->Label == c)
                {
                    if (edge->Entry >= 0)
                    {
                        best = edge->Entry;
                    }
                    if (!edge->ChildHasChildren)
                    {
                        return best;
                    }
                    node = edge->Child;
                    break;
                }
                if (edge->Parent == 0)
                {
                    return best;
                }
                slot = (slot + 1) & mask;
            }
        }
        return best;
    }

    public int KeyLength(int entry) => _keyStart[entry + 1] - _keyStart[entry];

    public ReadOnlySpan<char> Key(int entry) => new(_keys + _keyStart[entry], KeyLength(entry));

    /// <summary>The first value: what the conversion writes.</summary>
    public ReadOnlySpan<char> Default(int entry) => new(_values + _defaultStart[entry], _defaultLength[entry]);

    /// <summary>How many values the entry lists (the default and its alternatives).</summary>
    public int ValueCount(int entry) => _valueIndex[entry + 1] - _valueIndex[entry];

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
}
