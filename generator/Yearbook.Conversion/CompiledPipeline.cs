namespace Yearbook.Conversion;

/// <summary>
/// Each stock config's steps as the build resolved them from its JSON: which compiled matcher
/// normalizes, which segments and which make up the chain. Loading a stock converter reads this
/// small table instead of parsing JSON and folding names at start-up. One line per step:
/// config, stage (<c>N</c> normalization, <c>S</c> segmentation, <c>C</c> chain) and matcher name,
/// separated by tabs, in the order the steps run.
/// </summary>
internal static class CompiledPipeline
{
    public const string FileName = "pipelines.tsv";

    private static readonly Lazy<string?> Table = new(() => DictStore.ReadCompiledText(FileName));

    /// <summary>Writes <paramref name="converter"/>'s steps, for the build.</summary>
    public static void Write(TextWriter writer, Converter converter)
    {
        foreach (var conversion in converter.Normalization?.Conversions ?? [])
        {
            WriteStep(writer, converter.Name, 'N', conversion.PrefixMatch.Name);
        }
        if (converter.Segmentation is not null)
        {
            WriteStep(writer, converter.Name, 'S', converter.Segmentation.PrefixMatch.Name);
        }
        foreach (var conversion in converter.Chain.Conversions)
        {
            WriteStep(writer, converter.Name, 'C', conversion.PrefixMatch.Name);
        }
    }

    /// <summary>The stock config's converter from its compiled steps, or null when the build compiled none for it.</summary>
    public static Converter? Load(string config)
    {
        string? table = Table.Value;
        if (table is null)
        {
            return null;
        }
        var normalization = new List<Conversion>();
        var chain = new List<Conversion>();
        MaxMatchSegmentation? segmentation = null;
        bool found = false;
        foreach (var line in table.AsSpan().EnumerateLines())
        {
            int tab = line.IndexOf('\t');
            if (tab < 0 || !line[..tab].SequenceEqual(config))
            {
                continue;
            }
            found = true;
            char stage = line[tab + 1];
            var prefixMatch = DictStore.GetCompiledPrefixMatch(line[(tab + 3)..].ToString());
            switch (stage)
            {
                case 'N':
                    normalization.Add(new Conversion(prefixMatch));
                    break;
                case 'S':
                    segmentation = new MaxMatchSegmentation(prefixMatch);
                    break;
                default:
                    chain.Add(new Conversion(prefixMatch));
                    break;
            }
        }
        return found ? new Converter(config, new ConversionChain(normalization), segmentation, new ConversionChain(chain)) : null;
    }

    private static void WriteStep(TextWriter writer, string config, char stage, string matcher)
    {
        if (matcher.AsSpan().ContainsAny('\t', '\n', '\r') || config.AsSpan().ContainsAny('\t', '\n', '\r'))
        {
            throw new InvalidDataException($"{config}: dictionary name '{matcher}' cannot be written to {FileName}.");
        }
        writer.Write($"{config}\t{stage}\t{matcher}\n");
    }
}
