using System.Globalization;
using Yearbook.SyntheticSite.Prose;

namespace Yearbook.SyntheticSite.Planning;

/// <summary>A volume of the synthetic yearbook: one per publication year.</summary>
/// <param name="Year">The publication year, also the folder name.</param>
/// <param name="Domains">Its categories, in order.</param>
public sealed record PlannedVolume(int Year, IReadOnlyList<Domain> Domains)
{
    /// <summary>The year the volume records (the year before publication).</summary>
    public int RecordYear => Year - 1;
}

/// <summary>Where a chapter sits and what it is about; its text is written later by <c>ChapterComposer</c>.</summary>
public sealed record PlannedChapter
{
    /// <summary>Its number across the whole yearbook; seeds its own random sequence.</summary>
    public required int Number { get; init; }

    /// <summary>Its volume.</summary>
    public required PlannedVolume Volume { get; init; }

    /// <summary>Its field, which is also its category.</summary>
    public required Domain Domain { get; init; }

    /// <summary>Its number within the category (the NN- of the file name).</summary>
    public required int Order { get; init; }

    /// <summary>Its place; the k-th chapter of a category is about the same place every year, so figures form series.</summary>
    public required string Place { get; init; }

    /// <summary>Its topic within the domain.</summary>
    public required string Topic { get; init; }

    /// <summary>Whether it is written in Traditional script.</summary>
    public required bool Traditional { get; init; }

    /// <summary>Its ASCII slug, unique across the yearbook.</summary>
    public string Slug => $"{Domain.Slug}-{Number:D5}";

    /// <summary>Its file name, NN-slug.md.</summary>
    public string FileName => $"{Order:D3}-{Slug}.md";

    /// <summary>Its path from the site folder: year/category/file.</summary>
    public string Path => $"{Volume.Year.ToString(CultureInfo.InvariantCulture)}/{Domain.Slug}/{FileName}";

    /// <summary>Its title.</summary>
    public string Title => Place + Topic;

    /// <summary>Chapters it links to (same volume, and the same chapter of the previous volume when there is one).</summary>
    public List<PlannedChapter> Links { get; } = [];
}

/// <summary>
/// The shape of a synthetic yearbook of N chapters: volumes (about 400 chapters each, the last one
/// publishing this year), categories, and each chapter's place, topic, script and links. Everything
/// follows from N and the seed.
/// </summary>
public sealed class YearbookPlan
{
    /// <summary>The publication year of the newest volume.</summary>
    public const int LastYear = 2025;

    /// <summary>The share of chapters written in Traditional script.</summary>
    public const double TraditionalShare = 0.2;

    private YearbookPlan(int seed, IReadOnlyList<PlannedVolume> volumes, IReadOnlyList<PlannedChapter> chapters)
    {
        Seed = seed;
        Volumes = volumes;
        Chapters = chapters;
    }

    /// <summary>The seed everything was drawn from.</summary>
    public int Seed { get; }

    /// <summary>The volumes, oldest first.</summary>
    public IReadOnlyList<PlannedVolume> Volumes { get; }

    /// <summary>All chapters, volume by volume.</summary>
    public IReadOnlyList<PlannedChapter> Chapters { get; }

    /// <summary>Plans a yearbook of <paramref name="chapterCount"/> chapters.</summary>
    public static YearbookPlan Create(int chapterCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chapterCount, 1);
        var random = new SeededRandom(seed, -1);
        var volumeCount = chapterCount <= 100 ? Math.Min(3, chapterCount) : (chapterCount + 399) / 400;
        var volumes = Enumerable.Range(LastYear - volumeCount + 1, volumeCount)
            .Select(year => new PlannedVolume(year, Vocabulary.Domains))
            .ToList();

        var chapters = new List<PlannedChapter>(chapterCount);
        var byVolume = new List<List<PlannedChapter>>();
        for (var v = 0; v < volumeCount; v++)
        {
            // Spread the remainder over the first volumes so sizes differ by at most one.
            var size = chapterCount / volumeCount + (v < chapterCount % volumeCount ? 1 : 0);
            var volumeChapters = new List<PlannedChapter>(size);
            for (var i = 0; i < size; i++)
            {
                var domain = Vocabulary.Domains[i % Vocabulary.Domains.Count];
                var k = i / Vocabulary.Domains.Count;
                volumeChapters.Add(new PlannedChapter
                {
                    Number = chapters.Count + 1,
                    Volume = volumes[v],
                    Domain = domain,
                    Order = k + 1,
                    Place = Vocabulary.Places[k % Vocabulary.Places.Count],
                    Topic = domain.Topics[k / Vocabulary.Places.Count % domain.Topics.Count],
                    Traditional = random.Chance(TraditionalShare),
                });
                chapters.Add(volumeChapters[^1]);
            }

            byVolume.Add(volumeChapters);
        }

        for (var v = 0; v < volumeCount; v++)
        {
            var own = byVolume[v];
            var previous = v > 0 ? byVolume[v - 1].ToDictionary(c => (c.Domain.Slug, c.Order)) : null;
            foreach (var chapter in own)
            {
                if (own.Count > 1)
                {
                    var other = own[random.Next(own.Count)];
                    chapter.Links.Add(other == chapter ? own[(own.IndexOf(chapter) + 1) % own.Count] : other);
                }

                if (previous is not null && previous.TryGetValue((chapter.Domain.Slug, chapter.Order), out var lastYear))
                {
                    chapter.Links.Add(lastYear);
                }
            }
        }

        return new YearbookPlan(seed, volumes, chapters);
    }
}
