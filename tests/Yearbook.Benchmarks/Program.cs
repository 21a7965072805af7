using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Yearbook.Benchmarks -- --filter '*'
// (add --job short for a quicker, rougher run). Figures are per chapter.
BenchmarkSwitcher.FromAssembly(typeof(Yearbook.Benchmarks.ChapterStages).Assembly).Run(args);
