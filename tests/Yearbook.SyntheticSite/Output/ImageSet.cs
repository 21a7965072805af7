namespace Yearbook.SyntheticSite.Output;

/// <summary>The photographs chapters show: a few small landscape-like pictures (sky, hills, fields), shared by all chapters.</summary>
public static class ImageSet
{
    /// <summary>The image folder, at the root of the site.</summary>
    public const string Folder = "images";

    /// <summary>The file names of the images.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Enumerable.Range(1, 8).Select(i => $"photo-{i:D2}.png").ToList();

    /// <summary>Writes every image into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < FileNames.Count; i++)
        {
            var hue = i * 31;
            var horizon = 30 + i * 4;
            File.WriteAllBytes(Path.Combine(folder, FileNames[i]), PngImage.Encode(160, 100, (x, y) =>
            {
                // A triangle wave, not Math.Sin: integer arithmetic gives the same bytes on every machine.
                var hill = horizon + Math.Abs((x + hue) % 34 - 17) / 2;
                return y < hill
                    ? ((byte)(120 + y), (byte)(170 + y / 2), (byte)230)
                    : ((byte)(60 + (hue + x) % 80), (byte)(110 + (y * 3 + hue) % 90), (byte)(40 + x % 40));
            }));
        }
    }
}
