using System.Buffers;

namespace Yearbook.Conversion;

/// <summary>
/// Reusable intermediate buffers for one conversion call, kept per thread so that converting many
/// strings allocates nothing but the results. Taken out while in use, so a re-entrant call gets its own.
/// </summary>
internal sealed class Scratch
{
    private const int KeepCapacity = 1 << 20;

    [ThreadStatic]
    private static Scratch? _cached;

    public ArrayBufferWriter<char> Normalized { get; } = new();

    public ArrayBufferWriter<char> A { get; } = new();

    public ArrayBufferWriter<char> B { get; } = new();

    public ArrayBufferWriter<char> Result { get; } = new();

    public static Scratch Rent()
    {
        var scratch = _cached ?? new Scratch();
        _cached = null;
        return scratch;
    }

    public static void Return(Scratch scratch)
    {
        // A huge document should not pin its buffers for the life of the thread.
        if (scratch.Normalized.Capacity + scratch.A.Capacity + scratch.B.Capacity + scratch.Result.Capacity > 4 * KeepCapacity)
        {
            return;
        }
        scratch.Normalized.ResetWrittenCount();
        scratch.A.ResetWrittenCount();
        scratch.B.ResetWrittenCount();
        scratch.Result.ResetWrittenCount();
        _cached = scratch;
    }
}
