using System.Buffers;

namespace Yearbook.Conversion;

/// <summary>
/// OpenCC's ConversionChain: the steps of a config run one after another on a segment, each on the
/// whole output of the step before.
/// </summary>
internal sealed class ConversionChain
{
    public ConversionChain(IReadOnlyList<Conversion> conversions)
    {
        Conversions = conversions;
    }

    public IReadOnlyList<Conversion> Conversions { get; }

    public void Convert(ReadOnlySpan<char> segment, IBufferWriter<char> output, Scratch scratch)
    {
        var steps = Conversions;
        if (steps.Count == 0)
        {
            output.Write(segment);
            return;
        }
        if (steps.Count == 1)
        {
            steps[0].Convert(segment, output);
            return;
        }
        var current = scratch.A;
        var next = scratch.B;
        current.ResetWrittenCount();
        steps[0].Convert(segment, current);
        for (int k = 1; k < steps.Count - 1; k++)
        {
            next.ResetWrittenCount();
            steps[k].Convert(current.WrittenSpan, next);
            (current, next) = (next, current);
        }
        steps[^1].Convert(current.WrittenSpan, output);
    }
}
