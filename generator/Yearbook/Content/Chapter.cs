namespace Yearbook.Content;

/// <summary>A chapter as loaded: its front matter and Markdown body, in the script it was written in.</summary>
internal sealed record Chapter
{
    /// <summary>The path relative to the site folder, e.g. <c>2025/economy/02-industry.md</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The volume folder name, e.g. <c>2025</c>.</summary>
    public required string VolumeSlug { get; init; }

    /// <summary>The category folder, or null for a chapter directly in the volume.</summary>
    public string? CategorySlug { get; init; }

    /// <summary>The ASCII slug from the file name (without its order number); the same in both editions.</summary>
    public required string Slug { get; init; }

    /// <summary>The front matter.</summary>
    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The Markdown body (LF line endings).</summary>
    public required string Body { get { ContentReads.Note(Path, ContentPart.Body); return field; } init; }

    /// <summary>The file line the body starts on (1-based), so Markdown positions map to file lines.</summary>
    public required int BodyLine { get; init; }

    /// <summary>The dated items of a chronicle (大事记) chapter, with their anchors; empty for other kinds.</summary>
    public IReadOnlyList<Chronicle.ChronicleItem> Chronicle { get; init; } = [];

    /// <summary>The path of the chapter under an edition's root: <c>2025/economy/industry/</c>.</summary>
    public string RelativeUrl => CategorySlug is null ? $"{VolumeSlug}/{Slug}/" : $"{VolumeSlug}/{CategorySlug}/{Slug}/";
}
