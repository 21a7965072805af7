using Yearbook.Content;

namespace Yearbook.Model;

/// <summary>How an honor's level shows: a code for CSS and data files, a label in the edition's script.</summary>
internal static class HonorLevels
{
    /// <summary>The level's code for CSS and data files.</summary>
    public static string Code(HonorLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The level's label in the edition's script (国家级, 省级…).</summary>
    public static string Label(HonorLevel level, EditionContext context) => level switch
    {
        HonorLevel.National => context.Text("levelNational"),
        HonorLevel.Provincial => context.Text("levelProvincial"),
        HonorLevel.Municipal => context.Text("levelMunicipal"),
        HonorLevel.District => context.Text("levelDistrict"),
        _ => "",
    };

    /// <summary>集体 or 个人 in the edition's script, or empty when not stated.</summary>
    public static string RecipientTypeLabel(RecipientType type, EditionContext context) => type switch
    {
        RecipientType.Collective => context.Text("recipientCollective"),
        RecipientType.Individual => context.Text("recipientIndividual"),
        _ => "",
    };
}
