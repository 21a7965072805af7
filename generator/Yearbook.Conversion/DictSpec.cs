namespace Yearbook.Conversion;

/// <summary>
/// A dictionary as a config names it: a file, an inline table or a group of these. Its
/// <see cref="Name"/> identifies the folded result, so configs that name the same group share one
/// compiled <see cref="PrefixMatch"/>.
/// </summary>
internal abstract record DictSpec
{
    public abstract string Name { get; }
}

/// <summary>A text dictionary by name (<c>STPhrases</c>), whatever the config's <c>type</c> (text/ocd/ocd2).</summary>
internal sealed record FileDictSpec(string File) : DictSpec
{
    public override string Name => File;
}

/// <summary>A <c>group</c>: short circuit reads "A,B" and union "(A+B)".</summary>
internal sealed record GroupDictSpec(MatchPolicy Policy, IReadOnlyList<DictSpec> Members) : DictSpec
{
    public override string Name => Members.Count == 1
        ? Members[0].Name
        : Policy == MatchPolicy.Union
            ? "(" + string.Join("+", Members.Select(m => m.Name)) + ")"
            : "[" + string.Join(",", Members.Select(m => m.Name)) + "]";
}

/// <summary>An <c>inline</c> table from the config itself.</summary>
internal sealed record InlineDictSpec(IReadOnlyList<KeyValuePair<string, string>> Entries) : DictSpec
{
    public override string Name => "inline{" + string.Join(";", Entries.Select(e => e.Key + ":" + e.Value)) + "}";
}
