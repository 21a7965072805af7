using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;

namespace Yearbook.Indexes.Downloads;

/// <summary>
/// The JSON downloads of the indexes. The encoder still escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>
/// and quotes, so a file can be embedded in a page safely, but writes Chinese as it is: the default
/// encoder's <c>\uXXXX</c> for every character doubled the files (13 MB of statistics at 10,000
/// chapters) and was the largest part of building the indexes.
/// </summary>
internal static class IndexJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Serialises <paramref name="value"/> as UTF-8 with a final newline.</summary>
    public static byte[] Write<T>(T value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            JsonSerializer.Serialize(writer, value, Options);
        }

        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
