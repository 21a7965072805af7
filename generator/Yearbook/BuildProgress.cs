namespace Yearbook;

/// <summary>How far a build has got, for a progress display: a stage and its count of items done.</summary>
/// <param name="Stage">The stage: "Loading", "Converting zh-hant", "Rendering", "Writing".</param>
/// <param name="Done">Items finished in the stage.</param>
/// <param name="Total">Items in the stage (0 when unknown).</param>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
