using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Conversion;
using Yearbook.Diagnostics;

namespace Yearbook.Editions;

/// <summary>
/// Shows the editor what the converter could not decide, as warnings at the exact place in the
/// chapter: characters of the other script (a Simplified chapter with 區 in it), traces of a naive
/// character-by-character converter in Traditional text (緻力, 新三闆: text OpenCC would not write for
/// its own Simplified form), text that does not survive the round trip, and characters whose
/// conversion the dictionaries leave ambiguous (后/後, 发/發/髮). Only text is checked, never code or
/// URLs; spans settled with <c>-{…}-</c> or by the glossary are not reported.
/// </summary>
public sealed class ScriptLint
{
    /// <summary>The name <see cref="ConversionSegment.Dictionary"/> gives glossary matches: the editor settled those.</summary>
    private const string GlossaryDictionary = "glossary";

    /// <summary>
    /// Simplified characters that stand for several Traditional ones with different meanings, where
    /// the character dictionary's first choice is often wrong outside a known phrase. Other
    /// one-to-many characters (个/箇, 家/傢) are right in practice and would only bury these.
    /// </summary>
    private const string MeaningChangingCharacters = "后发干面里台系历只复松余范征冲钟当准云表划尽汇须卷谷丑斗折朴借适制";

    private readonly ChapterMarkdown _markdown;
    private readonly ChineseConverter _toHant;
    private readonly ChineseConverter _toHans;

    /// <summary>Creates the lint for a site with <paramref name="glossary"/>.</summary>
    public ScriptLint(ChapterMarkdown markdown, Glossary glossary)
    {
        _markdown = markdown;
        _toHant = ChineseConverter.Create("s2t").WithGlossary(glossary.Entries.Select(e => new KeyValuePair<string, string>(e.Hans, e.Hant)));
        _toHans = ChineseConverter.Create("t2s").WithGlossary(glossary.Entries.Select(e => new KeyValuePair<string, string>(e.Hant, e.Hans)));
    }

    /// <summary>Checks the body of <paramref name="chapter"/>.</summary>
    public void Check(Chapter chapter, DiagnosticBag diagnostics)
    {
        var document = _markdown.Parse(chapter.Body);
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Any(IsHan))
            {
                continue;
            }

            SourceLocation At(int index)
            {
                var (line, column) = SourceText.LineAndColumn(chapter.Body, literal.Span.Start + index);
                return new SourceLocation(chapter.Path, chapter.BodyLine + line - 1, column);
            }

            if (chapter.FrontMatter.Script == Script.Hans)
            {
                CheckSimplified(text, At, diagnostics);
            }
            else
            {
                CheckTraditional(text, At, diagnostics);
            }
        }
    }

    private void CheckSimplified(string text, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // Characters that Simplified text never holds: t2s changes them and s2t leaves them alone.
        foreach (var segment in _toHans.Inspect(text).Where(s => s.IsChanged && s.Dictionary != GlossaryDictionary))
        {
            if (segment.Source.Any(c => IsHan(c) && _toHant.Convert(c.ToString()) == c.ToString()))
            {
                diagnostics.Warning(DiagnosticCodes.MixedScript,
                    $"'{segment.Source}' is Traditional script in a chapter declared 'script: hans' (Simplified: {segment.Output})", at(segment.Start));
            }
        }

        foreach (var (start, source, back) in RoundTripDifferences(text, _toHant, _toHans))
        {
            diagnostics.Warning(DiagnosticCodes.AmbiguousConversion,
                $"'{source}' in “{Context(text, start, source.Length)}” does not survive the round trip: Traditional and back gives '{back}'; check the Traditional edition here",
                at(start));
        }

        foreach (var segment in _toHant.Inspect(text))
        {
            if (segment.IsAmbiguous && segment.Source.Length == 1 && MeaningChangingCharacters.Contains(segment.Source[0]) && segment.Dictionary != GlossaryDictionary)
            {
                diagnostics.Warning(DiagnosticCodes.AmbiguousConversion,
                    $"'{segment.Source}' becomes {segment.Output} in Traditional, but could also be {string.Join(" or ", segment.Alternatives)}; settle it with the glossary or -{{…}}- if it is wrong",
                    at(segment.Start));
            }
        }
    }

    private void CheckTraditional(string text, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // Characters that Traditional text never holds: s2t changes them and t2s leaves them alone.
        var reported = new HashSet<int>();
        foreach (var segment in _toHant.Inspect(text).Where(s => s.IsChanged && s.Dictionary != GlossaryDictionary))
        {
            if (segment.Source.Any(c => IsHan(c) && _toHans.Convert(c.ToString()) == c.ToString()))
            {
                reported.UnionWith(Enumerable.Range(segment.Start, segment.Source.Length));
                diagnostics.Warning(DiagnosticCodes.MixedScript,
                    $"'{segment.Source}' is Simplified script in a chapter declared 'script: hant' (Traditional: {segment.Output})", at(segment.Start));
            }
        }

        // Traditional text that OpenCC would not write for its own Simplified form: 緻力 for 致力.
        foreach (var (start, source, expected) in RoundTripDifferences(text, _toHans, _toHant).Where(d => !reported.Contains(d.Start)))
        {
            diagnostics.Warning(DiagnosticCodes.NaiveConversion,
                $"'{source}' in “{Context(text, start, source.Length)}” is not what OpenCC writes for its Simplified form (it writes '{expected}'); a character-by-character converter may have produced it",
                at(start));
        }
    }

    /// <summary>
    /// The runs of <paramref name="text"/> that change when converted there and back, compared in
    /// context (phrase by phrase), so that 頭髮 is not mistaken for 頭發.
    /// </summary>
    private static IEnumerable<(int Start, string Source, string Back)> RoundTripDifferences(string text, ChineseConverter there, ChineseConverter back)
    {
        var roundTrip = back.Convert(there.Convert(text));
        if (roundTrip.Length != text.Length)
        {
            yield break;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == roundTrip[i])
            {
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] != roundTrip[i])
            {
                i++;
            }

            yield return (start, text[start..i], roundTrip[start..i]);
        }
    }

    private static string Context(string text, int start, int length)
    {
        var from = Math.Max(0, start - 3);
        var to = Math.Min(text.Length, start + length + 3);
        return text[from..to];
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
