// Writes the folded matcher of every dictionary the stock configs use, one .bin per distinct group,
// and each config's steps (pipelines.tsv).
using Yearbook.Conversion;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Yearbook.Conversion.DataCompiler OUTPUT_DIRECTORY");
    return 2;
}
Directory.CreateDirectory(args[0]);
var written = new HashSet<string>(StringComparer.Ordinal);
using var pipelines = new StreamWriter(Path.Combine(args[0], CompiledPipeline.FileName));
foreach (string config in DictStore.ConfigNames())
{
    var converter = Config.Build(config, includeTofuRisk: true);
    CompiledPipeline.Write(pipelines, converter);
    foreach (var prefixMatch in converter.PrefixMatches())
    {
        if (!written.Add(prefixMatch.Name))
        {
            continue;
        }
        using var file = File.Create(Path.Combine(args[0], DictStore.CompiledFileName(prefixMatch.Name)));
        prefixMatch.Write(file);
    }
}
Console.WriteLine($"Compiled {written.Count} OpenCC dictionaries for {DictStore.ConfigNames().Count()} configs into {args[0]}");
return 0;
