using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Conversion;
using Yearbook.Diagnostics;
using Yearbook.Editions.Review;

namespace Yearbook.Editions;

/// <summary>One conversion risk found in the site, with its place and the sentence it is in.</summary>
/// <param name="Location">Where the span starts.</param>
/// <param name="Risk">The span and its readings.</param>
/// <param name="Sentence">The Simplified sentence around it.</param>
/// <param name="Converted">The sentence as the converter writes it.</param>
/// <param name="Alternative">The sentence with the span's other reading.</param>
public sealed record ReviewFinding(SourceLocation Location, ConversionRisk Risk, string Sentence, string Converted, string Alternative);

/// <summary>
/// Shows the editor what the converter could not decide, as warnings at the exact place: characters of
/// the other script (YB0201: a Simplified chapter with 區 in it), traces of a naive
/// character-by-character converter in Traditional text (YB0202: 緻力, 新三闆), and Simplified spans
/// whose Traditional form is at risk (YB0203, see <see cref="ConversionRiskFinder"/>). It reads chapter
/// bodies and the text fields of their front matter, volume titles and prefaces and the theme's UI
/// strings; never code or URLs. Spans settled with <c>-{…}-</c>, by the glossary or in
/// <c>reviewed.yml</c> are not reported. Thread-safe: chapters may be checked in parallel.
/// </summary>
internal sealed class ScriptLint
{
    /// <summary>The name <see cref="ConversionSegment.Dictionary"/> gives glossary matches: the editor settled those.</summary>
    private const string GlossaryDictionary = "glossary";

    /// <summary>The front matter keys that hold text a reader sees (not slugs, dates or numbers).</summary>
    private static readonly HashSet<string> FrontMatterText = new(StringComparer.Ordinal)
    {
        "title", "category", "source", "authors", "summary", "tags",
        "honors.title", "honors.recipient", "honors.awarded_by", "honors.document",
        "stats.indicator", "stats.unit", "stats.period", "stats.change", "stats.note",
    };

    private readonly ChapterMarkdown _markdown;
    private readonly string? _siteRoot;
    private readonly ChineseConverter _toHant;
    private readonly ChineseConverter _toHans;
    private readonly ConversionRiskFinder _risks;
    private readonly ReviewedList _reviewed;
    private readonly Action<ReviewFinding>? _found;

    /// <summary>Creates the lint for chapter bodies only, with <paramref name="glossary"/>.</summary>
    public ScriptLint(ChapterMarkdown markdown, Glossary glossary)
        : this(markdown, glossary, siteRoot: null, ReviewedList.Empty, found: null)
    {
    }

    /// <summary>
    /// Creates the lint for <paramref name="site"/>: bodies and front matter, honouring
    /// <paramref name="reviewed"/>; every open risk is also handed to <paramref name="found"/> when given.
    /// </summary>
    public ScriptLint(ChapterMarkdown markdown, Site site, ReviewedList reviewed, Action<ReviewFinding>? found = null)
        : this(markdown, site.Glossary, site.Root, reviewed, found)
    {
    }

    private ScriptLint(ChapterMarkdown markdown, Glossary glossary, string? siteRoot, ReviewedList reviewed, Action<ReviewFinding>? found)
    {
        _markdown = markdown;
        _siteRoot = siteRoot;
        _reviewed = reviewed;
        _found = found;
        _toHant = ChineseConverter.Create("s2t").WithGlossary(glossary.Entries.Select(e => new KeyValuePair<string, string>(e.Hans, e.Hant)));
        _toHans = ChineseConverter.Create("t2s").WithGlossary(glossary.Entries.Select(e => new KeyValuePair<string, string>(e.Hant, e.Hans)));
        _risks = new ConversionRiskFinder(_toHant, _toHans);
    }

    /// <summary>Checks the body of <paramref name="chapter"/> and, for a site's lint, its front matter.</summary>
    public void Check(Chapter chapter, DiagnosticBag diagnostics)
    {
        var script = chapter.FrontMatter.Script;
        var document = _markdown.Parse(chapter.Body);
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            var start = BodyOffset(chapter.Body, literal, text);
            CheckText(text, script, i =>
            {
                var (line, column) = SourceText.LineAndColumn(chapter.Body, start + i);
                return new SourceLocation(chapter.Path, chapter.BodyLine + line - 1, column);
            }, diagnostics);
        }

        if (_siteRoot is not null && ReadFrontMatter(chapter) is { } yaml)
        {
            CheckYaml(yaml, chapter.Path, 1, script, FrontMatterText.Contains, diagnostics);
        }
    }

    /// <summary>Checks the title and preface of <paramref name="volume"/> in its <c>_volume.yml</c>.</summary>
    public void Check(Volume volume, DiagnosticBag diagnostics)
    {
        if (_siteRoot is not null && Read(Path.Combine(_siteRoot, volume.Location.Path)) is { } yaml)
        {
            CheckYaml(yaml, volume.Location.Path, 0, volume.Script, key => key is "title" or "preface", diagnostics);
        }
    }

    /// <summary>Checks every value of a theme's <c>ui.yml</c> (written in Simplified) at <paramref name="fullPath"/>; <paramref name="path"/> names it in warnings.</summary>
    public void CheckUiStrings(string fullPath, string path, DiagnosticBag diagnostics)
    {
        if (Read(fullPath) is { } yaml)
        {
            CheckYaml(yaml, path, 0, Script.Hans, _ => true, diagnostics);
        }
    }

    /// <summary>After every text was checked: reports the <c>reviewed.yml</c> entries that settled nothing and no longer apply.</summary>
    public void ReportStaleReviews(DiagnosticBag diagnostics) => _reviewed.ReportStale(_toHant.Convert, diagnostics);

    private void CheckYaml(string yaml, string path, int lineOffset, Script script, Func<string, bool> include, DiagnosticBag diagnostics)
    {
        foreach (var value in YamlText.Values(yaml, path, lineOffset, include))
        {
            // -{…}- in a field keeps its text as written: only the text around it is checked.
            var position = 0;
            foreach (var segment in NoConvertMarkup.Split(value.Text, out _))
            {
                var offset = value.Text.IndexOf(segment.Text, position, StringComparison.Ordinal);
                offset = offset < 0 ? position : offset;
                if (!segment.IsProtected)
                {
                    var from = offset;
                    CheckText(segment.Text, script, i => value.At(from + i), diagnostics);
                }

                position = offset + segment.Text.Length;
            }
        }
    }

    private void CheckText(string text, Script script, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (!text.Any(PersonNames.IsHan))
        {
            return;
        }

        if (script == Script.Hans)
        {
            CheckSimplified(text, at, diagnostics);
        }
        else
        {
            CheckTraditional(text, at, diagnostics);
        }
    }

    private void CheckSimplified(string text, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // Characters that Simplified text never holds: t2s changes them and s2t leaves them alone.
        var toHans = _toHans.Matches(text);
        foreach (var match in toHans.Matches.Where(m => m.Source == MatchSource.Dictionary))
        {
            var source = text.Substring(match.Start, match.Length);
            var output = toHans.OutputOf(match);
            if (source != output && source.Any(c => PersonNames.IsHan(c) && _toHant.Convert(c.ToString()) == c.ToString()))
            {
                diagnostics.Warning(DiagnosticCodes.MixedScript,
                    $"'{source}' is Traditional script in a chapter declared 'script: hans' (Simplified: {output})", at(match.Start));
            }
        }

        _reviewed.See(text);
        foreach (var risk in _risks.Find(text))
        {
            if (_reviewed.Settles(text, risk))
            {
                continue;
            }

            var (from, to) = ConversionRiskFinder.Sentence(text, risk.Start, risk.End);
            var sentence = text[from..to];
            var before = _toHant.Convert(text[from..risk.Start]);
            var after = _toHant.Convert(text[risk.End..to]);
            var location = at(risk.Start);
            _found?.Invoke(new ReviewFinding(location, risk, sentence, before + risk.Converted + after, before + risk.Alternative + after));
            diagnostics.Warning(DiagnosticCodes.AmbiguousConversion,
                $"'{risk.Source}' becomes {risk.Converted} in Traditional, but could be {risk.Alternative} ({risk.Reason}) in “{Context(text, risk.Start, risk.Source.Length)}”; settle it in the glossary, with -{{…}}- or in {ReviewedList.FileName}",
                location);
        }
    }

    private void CheckTraditional(string text, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // Characters that Traditional text never holds: s2t changes them and t2s leaves them alone.
        var reported = new HashSet<int>();
        foreach (var segment in _toHant.Inspect(text).Where(s => s.IsChanged && s.Dictionary != GlossaryDictionary))
        {
            if (segment.Source.Any(c => PersonNames.IsHan(c) && _toHans.Convert(c.ToString()) == c.ToString()))
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
    /// Where a text node's content starts in the body. Markdig's span of a literal in a table cell
    /// starts one character early (at the space after the pipe), so the content is looked up near it.
    /// </summary>
    private static int BodyOffset(string body, LiteralInline literal, string text)
    {
        var start = literal.Span.Start;
        if (text.Length > 0 && start >= 0 && start < body.Length && string.CompareOrdinal(body, start, text, 0, Math.Min(text.Length, body.Length - start)) != 0)
        {
            var found = body.IndexOf(text, start, Math.Min(body.Length - start, text.Length + 8), StringComparison.Ordinal);
            if (found >= 0)
            {
                return found;
            }
        }

        return start;
    }

    /// <summary>The front matter of <paramref name="chapter"/> as written (lines 2 to the closing fence).</summary>
    private string? ReadFrontMatter(Chapter chapter)
    {
        var text = Read(Path.Combine(_siteRoot!, chapter.Path));
        if (text is null || !text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? null : text[4..(end + 1)];
    }

    private static string? Read(string fullPath)
    {
        try
        {
            var text = File.ReadAllText(fullPath);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The runs of <paramref name="text"/> that change when converted there and back, compared in
    /// context (phrase by phrase), so that 頭髮 is not mistaken for 頭發.
    /// </summary>
    private static IEnumerable<(int Start, string Source, string Back)> RoundTripDifferences(string text, ChineseConverter there, ChineseConverter back)
    {
        var roundTrip = back.Convert(there.Convert(text));
        return roundTrip.Length != text.Length
            ? []
            : DifferingRuns.Of(text, roundTrip).Select(r => (r.Start, text[r.Start..r.End], roundTrip[r.Start..r.End]));
    }

    private static string Context(string text, int start, int length)
    {
        var from = Math.Max(0, start - 3);
        var to = Math.Min(text.Length, start + length + 3);
        return text[from..to];
    }
}
