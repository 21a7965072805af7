using System.Globalization;
using System.Text;
using Yearbook.SyntheticSite.Planning;

namespace Yearbook.SyntheticSite.Output;

/// <summary>
/// The front-matter fields both writers give a chapter under the same keys: source, authors, summary,
/// tags, honors and statistics. The yearbook reads them as its content model; the Hugo site's templates
/// read them as page params, so both tools index the same records.
/// </summary>
internal static class ChapterRecords
{
    /// <summary>Appends the fields to <paramref name="text"/>, one YAML line each (honors only when there are any).</summary>
    public static void AppendTo(StringBuilder text, SyntheticChapter chapter)
    {
        text.Append("source: ").Append(Yaml.Quote(chapter.Source)).Append('\n');
        text.Append("authors: ").Append(Yaml.List(chapter.Authors)).Append('\n');
        text.Append("summary: ").Append(Yaml.Quote(chapter.Summary)).Append('\n');
        text.Append("tags: ").Append(Yaml.List(chapter.Tags)).Append('\n');
        if (chapter.Honors.Count > 0)
        {
            text.Append("honors:\n");
            foreach (var honor in chapter.Honors)
            {
                text.Append("  - title: ").Append(Yaml.Quote(honor.Title)).Append('\n');
                text.Append("    level: ").Append(honor.Level).Append('\n');
                text.Append("    year: ").Append(honor.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
                text.Append("    recipient: ").Append(Yaml.Quote(honor.Recipient)).Append('\n');
                text.Append("    recipient_type: 集体\n"); // the recipients are places
            }
        }

        text.Append("stats:\n");
        foreach (var statistic in chapter.Statistics)
        {
            text.Append("  - indicator: ").Append(Yaml.Quote(statistic.Indicator)).Append('\n');
            text.Append("    value: ").Append(statistic.Value).Append('\n');
            text.Append("    unit: ").Append(Yaml.Quote(statistic.Unit)).Append('\n');
            text.Append("    period: ").Append(Yaml.Quote(statistic.Period)).Append('\n');
        }
    }
}
