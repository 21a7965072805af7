using System.Collections.Concurrent;
using System.Text.Json;

namespace Yearbook.Conversion;

/// <summary>
/// Reads an OpenCC JSON config (the stock ones are embedded) and builds its <see cref="Converter"/>,
/// following OpenCC's Config.cpp: <c>normalization</c> and <c>conversion_chain</c> are lists of
/// <c>{"dict": …}</c>, <c>segmentation</c> is <c>{"type": "mmseg", "dict": …}</c>, a dict is a file
/// (<c>text</c>/<c>ocd</c>/<c>ocd2</c>, all served from the text dictionaries), an <c>inline</c> table
/// or a <c>group</c> with a <c>match_policy</c>. Dictionaries marked <c>may_output_tofu</c> are
/// included, as in OpenCC's library default.
/// </summary>
internal static class Config
{
    private static readonly ConcurrentDictionary<string, Lazy<Converter>> Cache = new(StringComparer.Ordinal);

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>"s2t" or "s2t.json" → "s2t".</summary>
    public static string NormalizeName(string config)
    {
        ArgumentNullException.ThrowIfNull(config);
        string name = Path.GetFileName(config.Trim());
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name[..^".json".Length] : name;
    }

    /// <summary>
    /// The stock config's converter, built once per process: from the steps the build compiled
    /// (<see cref="CompiledPipeline"/>) when there are, else from the JSON config. <paramref name="includeTofuRisk"/>
    /// false drops the dictionaries marked <c>may_output_tofu</c>, as OpenCC's command-line tool does
    /// without <c>--include-tofu-risk-dictionaries</c> (and as opencc-js does); the library default
    /// keeps them.
    /// </summary>
    public static Converter Load(string config, bool includeTofuRisk = true)
    {
        string name = NormalizeName(config);
        return Cache.GetOrAdd(
            includeTofuRisk ? name : name + "\n-tofu",
            _ => new Lazy<Converter>(() => (includeTofuRisk ? CompiledPipeline.Load(name) : null) ?? Build(name, includeTofuRisk))).Value;
    }

    /// <summary>The stock config's converter read from its JSON, ignoring the compiled steps.</summary>
    public static Converter Build(string name, bool includeTofuRisk)
    {
        string json = DictStore.ReadConfig(name)
            ?? throw new ArgumentException(
                $"Unknown conversion config '{name}'. Stock configs: {string.Join(", ", DictStore.ConfigNames())}.", nameof(name));
        return Parse(name, json, includeTofuRisk);
    }

    /// <summary>The dictionaries a stock config names: normalization, segmentation, then the chain.</summary>
    public static IReadOnlyList<DictSpec> DictSpecs(string config)
    {
        string name = NormalizeName(config);
        using var document = JsonDocument.Parse(DictStore.ReadConfig(name) ?? throw new ArgumentException($"Unknown config '{name}'.", nameof(config)), JsonOptions);
        var root = document.RootElement;
        var specs = new List<DictSpec?>();
        if (root.TryGetProperty("normalization", out var normalization))
        {
            specs.AddRange(normalization.EnumerateArray().Select(step => ParseDict(name, RequiredObject(step, "dict"))));
        }
        if (root.TryGetProperty("segmentation", out var segmentation))
        {
            specs.Add(ParseDict(name, RequiredObject(segmentation, "dict")));
        }
        specs.AddRange(root.GetProperty("conversion_chain").EnumerateArray().Select(step => ParseDict(name, RequiredObject(step, "dict"))));
        return [.. specs.OfType<DictSpec>()];
    }

    public static Converter Parse(string name, string json, bool includeTofuRisk = true)
    {
        using var document = JsonDocument.Parse(json, JsonOptions);
        var root = document.RootElement;

        MaxMatchSegmentation? segmentation = null;
        if (root.TryGetProperty("segmentation", out var segmentationElement))
        {
            string type = RequiredString(segmentationElement, "type");
            if (type != "mmseg")
            {
                throw new FormatException($"{name}: segmentation type '{type}' is not supported (only mmseg).");
            }
            // OpenCC always segments with the tofu-risk dictionaries in (Config.cpp ParseSegmentation).
            var spec = ParseDict(name, RequiredObject(segmentationElement, "dict"), includeTofuRisk: true)
                ?? throw new FormatException($"{name}: the segmentation dictionary is empty.");
            segmentation = new MaxMatchSegmentation(DictStore.GetPrefixMatch(spec));
        }

        if (!root.TryGetProperty("conversion_chain", out var chainElement) || chainElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{name}: required array property 'conversion_chain' not found.");
        }
        var chain = ParseChain(name, chainElement, includeTofuRisk);
        ConversionChain? normalization = root.TryGetProperty("normalization", out var normalizationElement)
            ? ParseChain(name, normalizationElement, includeTofuRisk)
            : null;
        return new Converter(name, normalization, segmentation, chain);
    }

    private static ConversionChain ParseChain(string name, JsonElement steps, bool includeTofuRisk)
    {
        var conversions = new List<Conversion>();
        foreach (var step in steps.EnumerateArray())
        {
            var spec = ParseDict(name, RequiredObject(step, "dict"), includeTofuRisk);
            if (spec is not null)
            {
                conversions.Add(new Conversion(DictStore.GetPrefixMatch(spec)));
            }
        }
        return new ConversionChain(conversions);
    }

    private static DictSpec? ParseDict(string name, JsonElement element, bool includeTofuRisk = true)
    {
        string type = RequiredString(element, "type");
        if (!includeTofuRisk && type != "inline"
            && element.TryGetProperty("may_output_tofu", out var tofu) && tofu.ValueKind == JsonValueKind.True)
        {
            return null;
        }
        switch (type)
        {
            case "group":
                var policy = MatchPolicy.ShortCircuit;
                if (element.TryGetProperty("match_policy", out var policyElement))
                {
                    policy = policyElement.GetString() switch
                    {
                        "short_circuit" => MatchPolicy.ShortCircuit,
                        "union" => MatchPolicy.Union,
                        var other => throw new FormatException($"{name}: unknown dictionary group match_policy '{other}'."),
                    };
                }
                if (!element.TryGetProperty("dicts", out var members) || members.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException($"{name}: a dictionary group needs a 'dicts' array.");
                }
                var specs = members.EnumerateArray().Select(m => ParseDict(name, m, includeTofuRisk)).OfType<DictSpec>().ToList();
                return specs.Count == 0 ? null : new GroupDictSpec(policy, specs);
            case "inline":
                var entries = new List<KeyValuePair<string, string>>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in RequiredObject(element, "entries").EnumerateObject())
                {
                    string? value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    if (property.Name.Length == 0 || string.IsNullOrEmpty(value))
                    {
                        throw new FormatException($"{name}: inline dictionary keys and values must be non-empty strings.");
                    }
                    if (!keys.Add(property.Name))
                    {
                        throw new FormatException($"{name}: inline dictionary contains duplicate key {property.Name}.");
                    }
                    entries.Add(new(property.Name, value));
                }
                return new InlineDictSpec(entries);
            case "text" or "ocd" or "ocd2":
                // The binary formats are OpenCC's compiled copies of the same text dictionaries.
                return new FileDictSpec(Path.GetFileNameWithoutExtension(RequiredString(element, "file")));
            default:
                throw new FormatException($"{name}: unknown dictionary type '{type}'.");
        }
    }

    private static string RequiredString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"Required string property '{property}' not found.");

    private static JsonElement RequiredObject(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new FormatException($"Required object property '{property}' not found.");
}
