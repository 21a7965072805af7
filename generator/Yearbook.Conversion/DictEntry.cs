namespace Yearbook.Conversion;

/// <summary>
/// One line of an OpenCC dictionary: a key and its candidate values. The first value is the one
/// OpenCC emits ("first value wins"); the others are kept because the lint shows them.
/// </summary>
internal sealed class DictEntry
{
    public DictEntry(string key, string[] values, string dictionary)
    {
        Key = key;
        Values = values;
        Dictionary = dictionary;
    }

    public string Key { get; }

    public string[] Values { get; }

    /// <summary>Name of the dictionary the entry came from, e.g. <c>STPhrases</c>.</summary>
    public string Dictionary { get; }

    public string Default => Values[0];
}
