// dotnet run -c Release --project tests/Yearbook.Conversion.Benchmarks [-- --filter '*']
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Yearbook.Conversion.Benchmarks.ConversionBenchmarks).Assembly).Run(args);
