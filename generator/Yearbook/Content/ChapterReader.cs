using System.Text.RegularExpressions;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>Reads one chapter file: splits the front matter from the body and types every field.</summary>
internal sealed partial class ChapterReader
{
    private static readonly string[] Levels = ["national", "provincial", "municipal", "district"];
    private static readonly IReadOnlyCollection<string> HonorKeys = ["title", "level", "year", "recipient", "recipient_type", "awarded_by", "document"];
    private static readonly IReadOnlyCollection<string> StatKeys = ["indicator", "value", "unit", "period", "change", "note"];
    private static readonly IReadOnlyCollection<string> DocumentKeys = ["title", "issuer", "date", "number"];

    private readonly Script _defaultScript;
    private readonly string _defaultRecipient;
    private readonly ChapterMarkdown _markdown;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates a reader for a site whose chapters default to <paramref name="defaultScript"/> and are written in <paramref name="markdown"/>.</summary>
    public ChapterReader(Script defaultScript, string defaultRecipient, ChapterMarkdown markdown, DiagnosticBag diagnostics)
    {
        _defaultScript = defaultScript;
        _defaultRecipient = defaultRecipient;
        _markdown = markdown;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The year the volume being read records, and its own year: with them, a chapter dated before the
    /// record year is reported and a chronicle's items are read and checked. Null when unknown.
    /// </summary>
    public (int Record, int Volume)? Years { get; init; }

    /// <summary>The file name of a chapter: an optional order number, then an ASCII slug.</summary>
    [GeneratedRegex(@"^(?:(?<order>\d{1,4})-)?(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex FileNamePattern();

    /// <summary>Reads the chapter at <paramref name="path"/> (relative to the site folder); null when it cannot be used.</summary>
    public Chapter? Read(string fullPath, string path, string volumeSlug, string? categorySlug)
    {
        var fileName = System.IO.Path.GetFileName(path);
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            _diagnostics.Error(DiagnosticCodes.SlugInvalid,
                $"the file name '{fileName}' must be an ASCII slug such as '02-industry.md' (lower-case letters, digits and hyphens); it becomes the chapter's address",
                new SourceLocation(path));
            return null;
        }

        var text = SourceText.Read(fullPath, path, _diagnostics);
        return text is null ? null : Parse(text, path, volumeSlug, categorySlug, match.Groups["slug"].Value,
            match.Groups["order"].Success ? int.Parse(match.Groups["order"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>Parses chapter text (already decoded, LF line endings).</summary>
    public Chapter? Parse(string text, string path, string volumeSlug, string? categorySlug, string slug, int fileOrder)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticCodes.FieldMissing,
                "the chapter has no front matter: start the file with a line '---', the fields (title: …), and another '---'",
                new SourceLocation(path, 1, 1));
            return null;
        }

        var end = FindClosingFence(text);
        if (end < 0)
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed,
                "the front matter opened on line 1 is never closed: add a line '---' after the last field",
                new SourceLocation(path, 1, 1));
            return null;
        }

        var yaml = text[4..end];
        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        var bodyLine = 2 + yaml.Count(c => c == '\n') + 1;

        // Front matter starts on line 2 of the file; YamlDotNet counts from 1.
        var fields = YamlDocumentReader.ReadMapping(yaml, path, 1, _diagnostics);
        if (fields is null)
        {
            return null;
        }

        if (MarkdownNesting.FindTooDeep(body, _markdown) is var (deepLine, deepColumn))
        {
            _diagnostics.Error(DiagnosticCodes.MarkdownTooComplex,
                $"the Markdown is nested more than {MarkdownNesting.MaxDepth} levels deep (block quotes, lists or emphasis inside each other); the chapter is left out",
                new SourceLocation(path, bodyLine + deepLine - 1, deepColumn));
            return null;
        }

        if (OversizedLines.Find(body) is var (longLine, problem))
        {
            _diagnostics.Warning(DiagnosticCodes.MarkdownTooComplex,
                $"a {problem}: it is published whole, but readers will have to scroll a long way; split it",
                new SourceLocation(path, bodyLine + longLine - 1, 1));
        }

        fields.ReportUnknownKeys(FrontMatter.Keys);
        var title = fields.String("title", required: true);
        var script = fields.OneOf("script", "hans", "hant") switch
        {
            "hans" => Script.Hans,
            "hant" => Script.Hant,
            _ => _defaultScript,
        };

        var frontMatter = new FrontMatter
        {
            Title = title ?? slug,
            Category = fields.String("category"),
            Order = fields.Int("order") ?? fileOrder,
            Script = script,
            Date = fields.Date("date"),
            Source = fields.String("source"),
            Authors = fields.StringList("authors"),
            Summary = fields.String("summary"),
            Tags = fields.StringList("tags"),
            SortKey = fields.String("sort_key"),
            Honors = fields.MappingList("honors").Select(ReadHonor).OfType<Honor>().ToList(),
            Stats = fields.MappingList("stats").Select(ReadStatistic).OfType<Statistic>().ToList(),
            Draft = fields.Bool("draft") ?? false,
            ChapterPath = path,
            Kind = ChapterKinds.Parse(fields.OneOf("kind", ChapterKinds.Words)),
            Document = fields.Mapping("document") is { } document ? ReadDocument(document) : null,
            Page = ReadPage(fields),
        };

        CheckKind(frontMatter, fields);

        ReportSkeleton(frontMatter, fields, body, path, bodyLine);
        return new Chapter
        {
            Path = path,
            VolumeSlug = volumeSlug,
            CategorySlug = categorySlug,
            Slug = slug,
            FrontMatter = frontMatter,
            Body = body,
            BodyLine = bodyLine,
            Chronicle = frontMatter.Kind == ChapterKind.Chronicle && Years is (int record, int volume)
                ? ReadChronicle(body, path, bodyLine, record, volume)
                : [],
        };
    }

    /// <summary>What the kind asks of the front matter: a feature names its document; any other kind is dated within the record year.</summary>
    private void CheckKind(FrontMatter frontMatter, YamlFields fields)
    {
        if (frontMatter.Kind == ChapterKind.Feature)
        {
            if (frontMatter.Document is null)
            {
                _diagnostics.Warning(DiagnosticCodes.FeatureWithoutDocument,
                    "a feature (kind: feature) shows the document it reprints: add 'document: {title: …, issuer: …, date: yyyy-mm-dd, number: …}'", fields.LocationOf("kind"));
            }

            return; // a feature may reprint a document of any year
        }

        if (Years is (int record, _) && frontMatter.Date is { } date && date.Year < record)
        {
            _diagnostics.Warning(DiagnosticCodes.BeforeRecordYear,
                $"the chapter is dated {date:yyyy-MM-dd}, before {record}, the year this volume records; correct the date, or make a reprinted document 'kind: feature'",
                fields.LocationOf("date"));
        }
    }

    private IReadOnlyList<Chronicle.ChronicleItem> ReadChronicle(string body, string path, int bodyLine, int recordYear, int volumeYear)
    {
        var items = new Chronicle.ChronicleReader(_diagnostics).Read(_markdown.Parse(body), body, path, bodyLine, recordYear, volumeYear);
        if (items.Count == 0)
        {
            _diagnostics.Warning(DiagnosticCodes.ChronicleUndated,
                "the chronicle (kind: chronicle) has no dated items: write each event as a list item opening with its date, '- 1月5日 …' under '## 1月'",
                new SourceLocation(path, bodyLine, 1));
        }

        return items;
    }

    private SourceDocument? ReadDocument(YamlFields fields)
    {
        fields.ReportUnknownKeys(DocumentKeys);
        var title = fields.String("title", required: true);
        return title is null ? null : new SourceDocument(title, fields.String("issuer"), fields.Date("date"), fields.String("number"));
    }

    private int? ReadPage(YamlFields fields)
    {
        var page = fields.Int("page");
        if (page is < 1)
        {
            _diagnostics.Error(DiagnosticCodes.FieldInvalid, $"'page' is the printed page the chapter starts on, a number from 1, not {page}", fields.LocationOf("page"));
            return null;
        }

        return page;
    }

    /// <summary>One warning for the text still left from <c>yearbook new chapter</c>, at the first place it is.</summary>
    private void ReportSkeleton(FrontMatter frontMatter, YamlFields fields, string body, string path, int bodyLine)
    {
        var left = ChapterSkeleton.FieldsLeft(frontMatter).ToList();
        var bodyIndex = ChapterSkeleton.FirstBodyLine(body);
        if (left.Count == 0 && bodyIndex < 0)
        {
            return;
        }

        var parts = left.Select(f => $"'{f}'").ToList();
        if (bodyIndex >= 0)
        {
            parts.Add($"the body (line {bodyLine + bodyIndex})");
        }

        _diagnostics.Warning(DiagnosticCodes.SkeletonText,
            $"the chapter still holds the sample text of `yearbook new chapter` in {string.Join(", ", parts)}; write the chapter there, or delete the file",
            left.Count > 0 ? fields.LocationOf(left[0]) : new SourceLocation(path, bodyLine + bodyIndex, 1));
    }

    private static int FindClosingFence(string text)
    {
        var position = 3;
        while (true)
        {
            var lineStart = text.IndexOf('\n', position) + 1;
            if (lineStart <= 0 || lineStart >= text.Length)
            {
                return -1;
            }

            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text.AsSpan(lineStart) : text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.TrimEnd() is "---" or "...")
            {
                return lineStart;
            }

            if (lineEnd < 0)
            {
                return -1;
            }

            position = lineEnd;
        }
    }

    private Honor? ReadHonor(YamlFields fields)
    {
        fields.ReportUnknownKeys(HonorKeys);
        var title = fields.String("title", required: true);
        if (title is null)
        {
            return null;
        }

        var level = fields.OneOf("level", Levels);
        if (fields.String("level") is null)
        {
            _diagnostics.Warning(DiagnosticCodes.HonorIncomplete,
                $"the honor '{title}' has no level (national, provincial, municipal or district)", fields.Location);
        }

        return new Honor(
            title,
            level switch
            {
                "national" => HonorLevel.National,
                "provincial" => HonorLevel.Provincial,
                "municipal" => HonorLevel.Municipal,
                "district" => HonorLevel.District,
                _ => HonorLevel.Unknown,
            },
            fields.Int("year"),
            fields.String("recipient") ?? _defaultRecipient,
            fields.String("awarded_by"),
            fields.Location)
        {
            RecipientType = ReadRecipientType(fields, title),
            Document = fields.String("document"),
        };
    }

    /// <summary>集体 or 个人, in either script (or in English); anything else is a warning and left unstated.</summary>
    private RecipientType ReadRecipientType(YamlFields fields, string title)
    {
        switch (fields.String("recipient_type"))
        {
            case null: return RecipientType.Unknown;
            case "集体" or "集體" or "collective": return RecipientType.Collective;
            case "个人" or "個人" or "individual": return RecipientType.Individual;
            case var other:
                _diagnostics.Warning(DiagnosticCodes.HonorRecipientType,
                    $"the honor '{title}' has recipient_type '{other}'; write 集体 (a body) or 个人 (a person)", fields.LocationOf("recipient_type"));
                return RecipientType.Unknown;
        }
    }

    private Statistic? ReadStatistic(YamlFields fields)
    {
        fields.ReportUnknownKeys(StatKeys);
        var indicator = fields.String("indicator", required: true);
        var value = fields.String("value", required: true);
        if (indicator is null || value is null)
        {
            return null;
        }

        var unit = fields.String("unit");
        var period = fields.String("period");
        if (unit is null || period is null)
        {
            _diagnostics.Warning(DiagnosticCodes.StatisticIncomplete,
                $"the statistic '{indicator}' has no {(unit is null ? "unit" : "period")}", fields.Location);
        }

        if (!StatisticForms.IsNumber(value))
        {
            // Kept as written (the table shows it), but it cannot be drawn or compared: an error, with the fix.
            var fix = StatisticForms.ValueFix(value, unit);
            _diagnostics.Error(DiagnosticCodes.FieldInvalid,
                $"'value' must be a number, not '{value}': " +
                (fix is null ? "write the number alone (value: 152) and words in 'note'" : $"write the unit apart, as {fix}"),
                fields.LocationOf("value"));
        }

        var change = fields.String("change");
        if (change is not null && !StatisticForms.IsDocumentedChange(change))
        {
            var fix = StatisticForms.ChangeFix(change, out var guessed);
            _diagnostics.Warning(DiagnosticCodes.ChangeForm,
                $"'change' is written '{change}': write " +
                (fix is null ? "a signed number with % for a percent change (+6.5%) or with 个百分点 for percentage points (-1.2个百分点)"
                    : guessed ? $"'{fix}' for a percent change, or '{fix[..^1]}个百分点' for percentage points" : $"'{fix}'"),
                fields.LocationOf("change"));
        }

        return new Statistic(indicator, value, unit ?? "", period ?? "", change, fields.String("note"), fields.Location);
    }
}
