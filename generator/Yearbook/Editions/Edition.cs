using Yearbook.Content;

namespace Yearbook.Editions;

/// <summary>One edition of the site: the whole yearbook in one script, under its own folder.</summary>
/// <param name="Code">The folder and URL segment: <c>zh-hans</c> or <c>zh-hant</c>.</param>
/// <param name="Lang">The BCP 47 tag for <c>lang</c> and <c>hreflang</c>: <c>zh-Hans</c> or <c>zh-Hant</c>.</param>
/// <param name="Label">The name readers see on the edition switch, in its own script.</param>
/// <param name="Script">The script every text of the edition is in.</param>
public sealed record Edition(string Code, string Lang, string Label, Script Script)
{
    /// <summary>The Simplified edition.</summary>
    public static Edition Hans { get; } = new("zh-hans", "zh-Hans", "简体", Script.Hans);

    /// <summary>The Traditional edition.</summary>
    public static Edition Hant { get; } = new("zh-hant", "zh-Hant", "繁體", Script.Hant);

    /// <summary>Both editions, Simplified first.</summary>
    public static IReadOnlyList<Edition> All { get; } = [Hans, Hant];

    /// <summary>The other edition.</summary>
    public Edition Other => Script == Script.Hans ? Hant : Hans;
}
