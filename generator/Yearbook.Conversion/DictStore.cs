using System.Collections.Concurrent;
using System.Reflection;

namespace Yearbook.Conversion;

/// <summary>
/// OpenCC's dictionaries as embedded in this assembly (text files from the pinned npm package),
/// plus the five OpenCC's build derives from them. Each is parsed once, on first use, and shared by
/// every converter: the store plays the part of OpenCC's dictionary cache in Config.cpp.
/// </summary>
internal static class DictStore
{
    private const string DictionaryPrefix = "opencc/dictionary/";
    private const string ConfigPrefix = "opencc/config/";

    private static readonly ConcurrentDictionary<string, Lazy<TextDict>> Dicts = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Lazy<Dict>> Leaves = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Lazy<PrefixMatch>> Matchers = new(StringComparer.Ordinal);

    private const string CompiledPrefix = "opencc/compiled/";

    /// <summary>Names of the dictionaries OpenCC's build generates instead of shipping as text.</summary>
    public static readonly IReadOnlyList<string> DerivedNames =
    [
        "TWVariantsRev", "HKVariantsRev", "JPShinjitaiCharactersRev", "TSCharactersExt", "STPhrases_GeneratedFromRegionalPhrases",
    ];

    /// <summary>The dictionary for a config's <c>file</c> (<c>STPhrases.ocd2</c>, <c>STPhrases.txt</c>, <c>STPhrases</c>).</summary>
    public static TextDict Get(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        return Dicts.GetOrAdd(name, n => new Lazy<TextDict>(() => Load(n))).Value;
    }

    /// <summary>The same dictionary ready for matching, shared by every config that names it.</summary>
    public static Dict GetDict(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        return Leaves.GetOrAdd(name, n => new Lazy<Dict>(() => Dict.From(Get(n)))).Value;
    }

    /// <summary>
    /// The matcher for a config's dictionary: the build's compiled copy when the assembly carries one
    /// (every stock config), else folded from the text dictionaries.
    /// </summary>
    public static PrefixMatch GetPrefixMatch(DictSpec spec) =>
        Matchers.GetOrAdd(spec.Name, _ => new Lazy<PrefixMatch>(() => LoadCompiled(spec.Name) ?? BuildPrefixMatch(spec))).Value;

    /// <summary>A matcher the build compiled, by name (a stock config's step, see <see cref="CompiledPipeline"/>).</summary>
    public static PrefixMatch GetCompiledPrefixMatch(string name) =>
        Matchers.GetOrAdd(name, n => new Lazy<PrefixMatch>(() => LoadCompiled(n)
            ?? throw new InvalidDataException($"Compiled OpenCC dictionary {n} is not embedded in {typeof(DictStore).Assembly.GetName().Name}."))).Value;

    /// <summary>Folds the text dictionaries the spec names, ignoring any compiled copy.</summary>
    public static PrefixMatch BuildPrefixMatch(DictSpec spec) => new(BuildDict(spec));

    public static Dict BuildDict(DictSpec spec) => spec switch
    {
        FileDictSpec file => GetDict(file.File),
        GroupDictSpec group => DictGroup.Combine(group.Policy, [.. group.Members.Select(BuildDict)], group.Name),
        InlineDictSpec inline => new Dict(
            "inline",
            inline.Entries.ToDictionary(e => e.Key, e => new DictEntry(e.Key, [e.Value], "inline"), StringComparer.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(spec)),
    };

    /// <summary>The resource name a compiled matcher is embedded under.</summary>
    public static string CompiledFileName(string name) => name + ".bin";

    private static PrefixMatch? LoadCompiled(string name)
    {
        using Stream? stream = typeof(DictStore).Assembly.GetManifestResourceStream(CompiledPrefix + CompiledFileName(name));
        return stream is null ? null : PrefixMatch.Read(stream);
    }

    public static IEnumerable<string> ConfigNames() =>
        typeof(DictStore).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ConfigPrefix, StringComparison.Ordinal))
            .Select(n => Path.GetFileNameWithoutExtension(n[ConfigPrefix.Length..]))
            .Order(StringComparer.Ordinal);

    /// <summary>A text file the build compiled (<see cref="CompiledPipeline.FileName"/>), or null.</summary>
    public static string? ReadCompiledText(string fileName) => ReadResource(CompiledPrefix + fileName);

    public static string? ReadConfig(string name) => ReadResource(ConfigPrefix + name + ".json");

    public static string ReadDictionaryText(string name) =>
        ReadResource(DictionaryPrefix + name + ".txt")
        ?? throw new FileNotFoundException($"OpenCC dictionary {name} is not embedded in {typeof(DictStore).Assembly.GetName().Name}.");

    private static TextDict Load(string name) => name switch
    {
        "TWVariantsRev" or "HKVariantsRev" or "JPShinjitaiCharactersRev" =>
            ReverseDict.Build(name, ReadDictionaryText(name[..^"Rev".Length])),
        "TSCharactersExt" => TofuRiskDict.Build(name, ReadDictionaryText("TSCharacters")),
        "STPhrases_GeneratedFromRegionalPhrases" =>
            RegionalPhraseDict.Build(name, [Get("HKPhrases"), Get("TWPhrases")], Config.Load("t2s")),
        _ => TextDict.Parse(name, ReadDictionaryText(name)),
    };

    private static string? ReadResource(string resourceName)
    {
        using Stream? stream = typeof(DictStore).Assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
