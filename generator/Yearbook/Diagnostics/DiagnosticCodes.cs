namespace Yearbook.Diagnostics;

/// <summary>
/// Every diagnostic code the generator reports. Codes are stable: editors' tools and CI filters
/// depend on them. The README lists them with an explanation each.
/// </summary>
public static class DiagnosticCodes
{
    // YB00xx: the site as a whole.
    /// <summary>The site folder or its yearbook.yml is missing or unreadable.</summary>
    public const string SiteConfigMissing = "YB0001";
    /// <summary>yearbook.yml has a wrong value.</summary>
    public const string SiteConfigInvalid = "YB0002";
    /// <summary>The glossary file is missing or malformed.</summary>
    public const string GlossaryInvalid = "YB0003";
    /// <summary>A volume's _volume.yml is missing or malformed.</summary>
    public const string VolumeInvalid = "YB0004";
    /// <summary>The site folder, or a file or folder in it, is missing or cannot be read (permission, removed while the build read it).</summary>
    public const string SiteUnreadable = "YB0005";
    /// <summary>A volume with no chapters, or still with the placeholder preface of <c>yearbook new volume</c>.</summary>
    public const string VolumeUnfinished = "YB0006";
    /// <summary>A category folder that the volume's <c>categories</c> list leaves out.</summary>
    public const string CategoryUnlisted = "YB0007";
    /// <summary>Two volumes that record the same year.</summary>
    public const string RecordYearRepeated = "YB0008";

    // YB01xx: chapter files and front matter.
    /// <summary>The file is not valid UTF-8 (for example GB18030 from an old editor).</summary>
    public const string NotUtf8 = "YB0101";
    /// <summary>The front matter block is not closed by a line of three dashes.</summary>
    public const string FrontMatterUnclosed = "YB0102";
    /// <summary>The front matter is not valid YAML.</summary>
    public const string YamlSyntax = "YB0103";
    /// <summary>A front matter field has the wrong type or an invalid value.</summary>
    public const string FieldInvalid = "YB0104";
    /// <summary>A required front matter field is missing.</summary>
    public const string FieldMissing = "YB0105";
    /// <summary>A front matter key that the generator does not know.</summary>
    public const string FieldUnknown = "YB0106";
    /// <summary>Two chapters would be published at the same address.</summary>
    public const string DuplicateSlug = "YB0107";
    /// <summary>The file name cannot give an ASCII slug.</summary>
    public const string SlugInvalid = "YB0108";
    /// <summary>The file holds NUL bytes or is too large to be a chapter.</summary>
    public const string FileRejected = "YB0109";
    /// <summary>The Markdown is nested too deeply (block quotes, lists) or a table is too wide to be a chapter's.</summary>
    public const string MarkdownTooComplex = "YB0110";
    /// <summary>Text left from the skeleton that <c>yearbook new chapter</c> writes.</summary>
    public const string SkeletonText = "YB0111";
    /// <summary>A chapter dated before its volume's record year (features, 特载, are exempt).</summary>
    public const string BeforeRecordYear = "YB0130";
    /// <summary>A chronicle item's date that is no day of the calendar, or lies outside the volume's years.</summary>
    public const string ChronicleDate = "YB0131";
    /// <summary>A chronicle item out of date order, or under another month's heading.</summary>
    public const string ChronicleOrder = "YB0132";
    /// <summary>A chronicle item without a date, or a chronicle without any.</summary>
    public const string ChronicleUndated = "YB0133";
    /// <summary>A feature (特载) that does not name the document it reprints.</summary>
    public const string FeatureWithoutDocument = "YB0134";
    /// <summary>An ISBN or ISSN whose check digit is wrong.</summary>
    public const string IdentifierInvalid = "YB0135";

    // YB02xx: script and conversion.
    /// <summary>A chapter declared in one script holds characters only found in the other.</summary>
    public const string MixedScript = "YB0201";
    /// <summary>Traces of a naive character-by-character converter (緻力, 新三闆).</summary>
    public const string NaiveConversion = "YB0202";
    /// <summary>A span whose conversion is ambiguous or does not round-trip.</summary>
    public const string AmbiguousConversion = "YB0203";
    /// <summary>The inline no-convert markup -{…}- is malformed.</summary>
    public const string NoConvertMarkup = "YB0204";

    /// <summary>An entry title (【…】) longer than 18 characters.</summary>
    public const string EntryTitleLong = "YB0120";
    /// <summary>An entry title that holds punctuation.</summary>
    public const string EntryTitlePunctuation = "YB0121";
    /// <summary>An entry title that holds a personal name the glossary marks.</summary>
    public const string EntryTitlePerson = "YB0122";

    // YB03xx: links and files referenced by chapters.
    /// <summary>A link to a page of the site that does not exist.</summary>
    public const string BrokenLink = "YB0301";
    /// <summary>An image that does not exist in the content folder.</summary>
    public const string MissingImage = "YB0302";
    /// <summary>A link or image that points outside the content folder.</summary>
    public const string UnsafePath = "YB0303";
    /// <summary>A link to a heading (#anchor) that the chapter does not have.</summary>
    public const string BrokenAnchor = "YB0304";

    // YB04xx: indexes.
    /// <summary>The same honor (title, recipient, year) recorded twice with different levels or awarding bodies.</summary>
    public const string HonorConflict = "YB0401";
    /// <summary>A statistics series whose points use units that cannot be reconciled.</summary>
    public const string SeriesUnits = "YB0402";
    /// <summary>A statistic without unit or period.</summary>
    public const string StatisticIncomplete = "YB0403";
    /// <summary>An honor without level.</summary>
    public const string HonorIncomplete = "YB0404";
    /// <summary>The same indicator and period given different values.</summary>
    public const string StatisticConflict = "YB0405";
    /// <summary>A statistic's change not written as a signed percentage or percentage points.</summary>
    public const string ChangeForm = "YB0406";
    /// <summary>An honor's recipient_type that is neither 集体 nor 个人.</summary>
    public const string HonorRecipientType = "YB0407";

    // YB05xx: theme and output.
    /// <summary>The theme is missing a template or a template does not compile.</summary>
    public const string ThemeInvalid = "YB0501";
    /// <summary>A template failed while rendering a page.</summary>
    public const string RenderFailed = "YB0502";
    /// <summary>The output folder cannot be written or is not one the generator may clean.</summary>
    public const string OutputRefused = "YB0503";
    /// <summary>The output could not be written: the disk is full, the folder is not writable or the file system is read-only.</summary>
    public const string OutputNotWritable = "YB0504";

    // YB06xx: the printed book.
    /// <summary>The typesetter cannot run: Node.js, the pinned Typst package or the Noto CJK fonts are missing.</summary>
    public const string TypesetterMissing = "YB0601";
    /// <summary>Typst failed on a book (usually an edit of the theme's print layout).</summary>
    public const string TypesetFailed = "YB0602";
    /// <summary><c>yearbook print --volume</c> names a volume the site does not have.</summary>
    public const string PrintVolumeUnknown = "YB0603";
    /// <summary>The typesetter's first-use install failed: npm is missing or <c>npm ci</c> failed (no network).</summary>
    public const string TypesetterInstallFailed = "YB0604";

    // YB07xx: index settings.
    /// <summary>An indicator code in yearbook.yml that is not a slug, or is a name the statistics pages use.</summary>
    public const string IndicatorCodeInvalid = "YB0701";
    /// <summary>Two indicators given the same code in yearbook.yml.</summary>
    public const string IndicatorCodeRepeated = "YB0702";
    /// <summary>A code given in yearbook.yml for an indicator no chapter records.</summary>
    public const string IndicatorCodeUnused = "YB0703";
}
