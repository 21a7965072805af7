using System.Text;

namespace Yearbook.Indexes.Search;

/// <summary>
/// One posting list written as its document numbers arrive, in <see cref="PostingList"/>'s text form:
/// a byte per document for most keys, where a list of numbers took four and more. The index of a
/// large site holds tens of millions of postings, so this is most of its memory.
/// </summary>
internal sealed class PostingListBuilder
{
    private byte[] _text = new byte[4];
    private int _previous = -1;

    /// <summary>The length of the text so far (every character is ASCII: one byte in UTF-8 too).</summary>
    public int Length { get; private set; }

    /// <summary>The text so far, as ASCII bytes.</summary>
    public ReadOnlySpan<byte> Text => _text.AsSpan(0, Length);

    /// <summary>Appends <paramref name="id"/>, which must be greater than the previous one and not negative.</summary>
    public void Add(int id)
    {
        if (id <= _previous)
        {
            throw new ArgumentException($"Document numbers must ascend: {id} after {_previous}.", nameof(id));
        }

        var gap = id - _previous - 1;
        _previous = id;
        var digits = 1;
        for (var rest = gap >> 5; rest > 0; rest >>= 5)
        {
            digits++;
        }

        if (Length + digits > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(Length + digits, _text.Length * 2));
        }

        // Most significant digit first; only the last one comes from PostingList.Last.
        _text[Length + digits - 1] = (byte)PostingList.Last[gap & 31];
        gap >>= 5;
        for (var i = Length + digits - 2; i >= Length; i--, gap >>= 5)
        {
            _text[i] = (byte)PostingList.Leading[gap & 31];
        }

        Length += digits;
    }

    /// <inheritdoc/>
    public override string ToString() => Encoding.ASCII.GetString(Text);
}
