using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace Yearbook.Conversion.Benchmarks;

/// <summary>
/// s2t on Simplified and t2s on Traditional prose through both public overloads: the string one
/// (allocates the result) and the buffer-writer one (should allocate nothing once the writer has grown).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ConversionBenchmarks
{
    private ChineseConverter _converter = null!;
    private string _input = null!;
    private readonly ArrayBufferWriter<char> _output = new(1 << 20);

    [Params("s2t", "t2s")]
    public string Config { get; set; } = "s2t";

    [GlobalSetup]
    public void Setup()
    {
        _converter = ChineseConverter.Create(Config);
        _input = Config.StartsWith('s') ? Corpus.Simplified : Corpus.Traditional;
        ThroughputColumn.InputBytes[Config] = System.Text.Encoding.UTF8.GetByteCount(_input);
        _converter.Convert(_input, _output); // grow the writer before measuring
    }

    [Benchmark(Baseline = true)]
    public string String() => _converter.Convert(_input);

    [Benchmark]
    public int BufferWriter()
    {
        _output.ResetWrittenCount();
        _converter.Convert(_input, _output);
        return _output.WrittenCount;
    }
}
