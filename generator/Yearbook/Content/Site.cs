namespace Yearbook.Content;

/// <summary>Everything loaded from a site folder: the settings, the glossary and the volumes.</summary>
/// <param name="Root">The full path of the site folder.</param>
/// <param name="Config">The settings.</param>
/// <param name="Glossary">The editor's conversion overrides.</param>
/// <param name="Volumes">The volumes, newest first.</param>
internal sealed record Site(string Root, SiteConfig Config, Glossary Glossary, IReadOnlyList<Volume> Volumes)
{
    /// <summary>Every chapter of every volume, in volume order.</summary>
    public IEnumerable<Chapter> Chapters => Volumes.SelectMany(v => v.Chapters);
}
