using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Yearbook.Conversion;

/// <summary>
/// The byte layout of a compiled trie: a fixed <see cref="Header"/>, a table of sections (offset and
/// byte length each), then the sections, each starting on a 16-byte boundary so a matcher can use
/// them in place as arrays of ints, chars and edges. Little-endian, as on every platform .NET runs
/// on here; the images are rebuilt with the assembly anyway. Section order is <see cref="Section"/>.
/// </summary>
internal static class TrieImage
{
    /// <summary>"YBPM", so a stray resource is refused rather than read.</summary>
    public const int Magic = 0x4D504259;

    public const int FormatVersion = 2;

    private const int Alignment = 16;

    /// <summary>The sections, in the order they are written.</summary>
    public enum Section
    {
        Root,
        ChildCount,
        NodeEntry,
        Label,
        Edges,
        Keys,
        KeyStart,
        ValueIndex,
        ValueStart,
        Values,
        EntryDictionary,
        DefaultStart,
        DefaultLength,
        StringStart,
        Strings,
    }

    public const int SectionCount = (int)Section.Strings + 1;

    /// <summary>Where the section table starts; the first section follows it, aligned.</summary>
    public static readonly int HeaderSize = Unsafe.SizeOf<Header>();

    /// <summary>The fixed start of an image.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Header
    {
        public int Magic;
        public int FormatVersion;
        public int MaxKeyLength;
        public int MaxDefaultLength;
        public int EntryCount;
        public int NodeCount;
        public int RootFirstChild;
        public int RootChildCount;
        public int EdgeMask;

        /// <summary>Strings in the string pool: the matcher's name, then the source dictionaries' names.</summary>
        public int StringCount;
    }

    /// <summary>One row of the section table.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SectionEntry
    {
        public int Offset;
        public int Length;
    }

    private static int Align(int offset) => (offset + Alignment - 1) & ~(Alignment - 1);

    /// <summary>Gathers the sections in <see cref="Section"/> order and lays them out.</summary>
    public sealed class Writer
    {
        private readonly List<byte[]> _sections = [];

        public void Add<T>(T[] array)
            where T : unmanaged =>
            _sections.Add(MemoryMarshal.AsBytes(array.AsSpan()).ToArray());

        /// <summary>The image, in a pinned array (a matcher built at run time points into it).</summary>
        public byte[] ToPinnedArray(Header header)
        {
            if (_sections.Count != SectionCount)
            {
                throw new InvalidOperationException($"A trie image has {SectionCount} sections, not {_sections.Count}.");
            }
            var table = new SectionEntry[SectionCount];
            int offset = Align(HeaderSize + (SectionCount * Unsafe.SizeOf<SectionEntry>()));
            for (int s = 0; s < SectionCount; s++)
            {
                table[s] = new SectionEntry { Offset = offset, Length = _sections[s].Length };
                offset = Align(offset + _sections[s].Length);
            }
            // Zeroed, so the padding is the same in every build.
            var image = GC.AllocateArray<byte>(offset, pinned: true);
            MemoryMarshal.Write(image, in header);
            MemoryMarshal.AsBytes(table.AsSpan()).CopyTo(image.AsSpan(HeaderSize));
            for (int s = 0; s < SectionCount; s++)
            {
                _sections[s].CopyTo(image.AsSpan(table[s].Offset));
            }
            return image;
        }
    }

    /// <summary>
    /// Checks an image's header and section table against its length (not its contents, which the
    /// build wrote) and returns the header.
    /// </summary>
    public static unsafe Header Validate(byte* image, long length)
    {
        if (length < HeaderSize + (SectionCount * sizeof(SectionEntry)))
        {
            throw new InvalidDataException("Compiled OpenCC dictionary is truncated.");
        }
        var header = *(Header*)image;
        if (header.Magic != Magic || header.FormatVersion != FormatVersion)
        {
            throw new InvalidDataException("Compiled OpenCC dictionary has an unknown format version.");
        }
        var table = (SectionEntry*)(image + HeaderSize);
        for (int s = 0; s < SectionCount; s++)
        {
            if (table[s].Offset < 0 || table[s].Length < 0 || (long)table[s].Offset + table[s].Length > length || table[s].Offset % Alignment != 0)
            {
                throw new InvalidDataException($"Compiled OpenCC dictionary has a bad section {(Section)s}.");
            }
        }
        return header;
    }

    /// <summary>Start of a section, as an array of <typeparamref name="T"/>.</summary>
    public static unsafe T* Get<T>(byte* image, Section section)
        where T : unmanaged =>
        (T*)(image + ((SectionEntry*)(image + HeaderSize))[(int)section].Offset);

    /// <summary>Length of a section in elements of <typeparamref name="T"/>.</summary>
    public static unsafe int Count<T>(byte* image, Section section)
        where T : unmanaged =>
        ((SectionEntry*)(image + HeaderSize))[(int)section].Length / sizeof(T);
}
