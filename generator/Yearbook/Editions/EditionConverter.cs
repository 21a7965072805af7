using System.Text;
using Yearbook.Content;
using Yearbook.Conversion;
using Yearbook.Diagnostics;

namespace Yearbook.Editions;

/// <summary>
/// Converts text written in either script into one edition's script: OpenCC conversion with the
/// site's glossary, no-convert markup honoured, and the edition's quotation marks. Immutable and
/// thread-safe; one per edition per build.
/// </summary>
public sealed class EditionConverter
{
    private readonly ChineseConverter _fromOtherScript;
    private readonly QuoteStyle _quotes;

    /// <summary>
    /// The converter <c>yearbook convert</c> uses for the site in <paramref name="siteFolder"/>: into the
    /// script <paramref name="script"/> (<c>hans</c> or <c>hant</c>), by default the other script than the
    /// site's <c>default_script</c>; null when the settings or glossary have errors (see <paramref name="diagnostics"/>).
    /// </summary>
    public static EditionConverter? ForSite(string siteFolder, string? script, DiagnosticBag diagnostics)
    {
        var settings = new SiteLoader(diagnostics).LoadSettings(siteFolder);
        if (settings is not { } loaded || diagnostics.HasErrors)
        {
            return null;
        }

        var target = script switch
        {
            "hans" => Edition.Hans,
            "hant" => Edition.Hant,
            _ => loaded.Config.DefaultScript == Script.Hans ? Edition.Hant : Edition.Hans,
        };
        return new EditionConverter(target, loaded.Config, loaded.Glossary);
    }

    /// <summary>Creates the converter for <paramref name="edition"/> of a site with <paramref name="config"/>.</summary>
    internal EditionConverter(Edition edition, SiteConfig config, Glossary glossary)
    {
        Edition = edition;
        _quotes = edition.Script == Script.Hant ? config.Quotes : QuoteStyle.Keep;

        // Text in the other script is converted with OpenCC's config for the site's variant,
        // with the editor's glossary winning over the dictionaries.
        var name = (edition.Script, config.Variant) switch
        {
            (Script.Hant, "tw") => "s2tw",
            (Script.Hant, "hk") => "s2hk",
            (Script.Hant, _) => "s2t",
            (Script.Hans, "tw") => "tw2s",
            (Script.Hans, "hk") => "hk2s",
            _ => "t2s",
        };
        var pairs = edition.Script == Script.Hant
            ? glossary.Entries.Select(e => new KeyValuePair<string, string>(e.Hans, TraditionalForm(e, config.Variant))).ToList()
            : glossary.Entries.SelectMany(e => TraditionalForms(e).Select(form => new KeyValuePair<string, string>(form, e.Hans))).ToList();
        var converter = ChineseConverter.Create(name);
        _fromOtherScript = pairs.Count == 0 ? converter : converter.WithGlossary(pairs);
    }

    /// <summary>
    /// The form of a glossary entry a site of <paramref name="variant"/> publishes: its own form for the
    /// variant, or its <c>hant</c> form through the variant's step (t2tw, t2hk: the second half of
    /// s2tw and s2hk), so that it matches the Taiwan or Hong Kong forms OpenCC gives the text around it.
    /// </summary>
    internal static string TraditionalForm(GlossaryEntry entry, string variant) => variant switch
    {
        "tw" => entry.Tw ?? ChineseConverter.Create("t2tw").Convert(entry.Hant),
        "hk" => entry.Hk ?? ChineseConverter.Create("t2hk").Convert(entry.Hant),
        _ => entry.Hant,
    };

    /// <summary>
    /// Every Traditional form of a glossary entry (hant, Taiwan, Hong Kong): converted to Simplified,
    /// each gives the entry's <c>hans</c>, whichever variant a chapter was written in.
    /// </summary>
    private static IEnumerable<string> TraditionalForms(GlossaryEntry entry) =>
        new[] { entry.Hant, TraditionalForm(entry, "tw"), TraditionalForm(entry, "hk") }.Distinct(StringComparer.Ordinal);

    /// <summary>The edition this converter writes for.</summary>
    public Edition Edition { get; }

    /// <summary>Converts a text that may hold no-convert markup (front matter, UI strings).</summary>
    public string Convert(string? text, Script from)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var segments = NoConvertMarkup.Split(text, out _);
        if (segments.Count == 1 && !segments[0].IsProtected)
        {
            return ConvertPlain(text, from);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var segment in segments)
        {
            builder.Append(segment.IsProtected ? segment.For(Edition.Script) : ConvertPlain(segment.Text, from));
        }

        return builder.ToString();
    }

    /// <summary>Converts plain text, with no markup in it (Markdown text nodes).</summary>
    public string ConvertPlain(string text, Script from)
    {
        var converted = from == Edition.Script ? text : _fromOtherScript.Convert(text);
        return _quotes == QuoteStyle.Corner ? ToCornerQuotes(converted) : converted;
    }

    private static string ToCornerQuotes(string text) =>
        text.IndexOfAny(['“', '”', '‘', '’']) < 0
            ? text
            : text.Replace('“', '「').Replace('”', '」').Replace('‘', '『').Replace('’', '』');
}
