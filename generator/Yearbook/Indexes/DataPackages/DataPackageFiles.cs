using Yearbook.Editions;
using Yearbook.Indexes.Downloads;
using Yearbook.Indexes.Honors;
using Yearbook.Indexes.Statistics;
using Yearbook.Model;

namespace Yearbook.Indexes.DataPackages;

/// <summary>
/// The Data Packages of one edition: the edition's own (<c>{edition}/datapackage.json</c>, describing the
/// downloads of the honors and statistics pages) and one per volume in the volume's folder
/// (<c>{edition}/{volume}/datapackage.json</c> beside that volume's <c>honors.csv</c> and <c>statistics.csv</c>,
/// which hold the rows its chapters record, written for every volume, empty or not, so the addresses hold).
/// Each file follows from one index, so the preview writes it again exactly when that index is built again:
/// the honors tables from the honors index, the statistics tables and the descriptors from the statistics
/// index (a descriptor changes only with the statistics values' type).
/// </summary>
internal static class DataPackageFiles
{
    /// <summary>Each volume's <c>honors.csv</c>: the honors its chapters record, listing only those chapters.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> HonorsTables(HonorsIndex index, TableOfContents contents, Edition edition, EditionContext context, SiteUrls urls)
    {
        var folder = edition.Code + "/";
        foreach (var volume in contents.Volumes)
        {
            var slug = volume.Source.Slug;
            var levels = index.Levels
                .Select(l => l with
                {
                    Years = l.Years.Select(y => y with
                    {
                        Items = y.Items
                            .Select(e => e with { Sources = e.Sources.Where(s => s.Chapter.Source.VolumeSlug == slug).ToList() })
                            .Where(e => e.Sources.Count > 0)
                            .ToList(),
                    }).ToList(),
                })
                .ToList();
            var rows = HonorsDownloads.Rows(new HonorsIndex(levels, []), context, urls);
            yield return ($"{folder}{slug}/{DataPackage.HonorsFile}", HonorsDownloads.Csv(rows, context));
        }
    }

    /// <summary>Each volume's <c>statistics.csv</c>, then the descriptors of the edition and of each volume.</summary>
    public static IEnumerable<DownloadFile> StatisticsTablesAndDescriptors(StatisticsIndex index, StatisticsParts seriesParts, TableOfContents contents, Edition edition,
        string siteTitle, EditionContext context, SiteUrls urls)
    {
        var folder = edition.Code + "/";
        var split = index.Series.Select(s => seriesParts.ByVolume(s, DataPackage.FitsNumberColumn)).ToList();
        foreach (var volume in contents.Volumes)
        {
            var slug = volume.Source.Slug;
            var parts = split.Select(s => s.GetValueOrDefault(slug)).OfType<StatisticsParts.VolumeLines>().ToList();
            yield return new DownloadFile($"{folder}{slug}/{DataPackage.StatisticsFile}", StatisticsDownloads.Csv(parts.Select(p => p.CsvLines), context));
            yield return ($"{folder}{slug}/{DataPackage.FileName}", DataPackage.Descriptor($"yearbook-{slug}-{edition.Code}",
                volume.Title, DataPackage.HonorsFile, DataPackage.StatisticsFile, parts.All(p => p.Numeric), context));
        }

        yield return (folder + DataPackage.FileName, DataPackage.Descriptor($"yearbook-{edition.Code}", siteTitle,
            HonorsPage.Folder + DataPackage.HonorsFile, StatisticsPage.Folder + DataPackage.StatisticsFile, split.All(s => s.Values.All(p => p.Numeric)), context));
    }
}
