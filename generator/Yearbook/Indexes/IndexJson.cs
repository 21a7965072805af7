using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yearbook.Indexes;

/// <summary>
/// The JSON downloads of the indexes. The default encoder is kept on purpose: it escapes <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c> and quotes, so a file can be embedded in a page safely; it also escapes
/// Chinese as <c>\uXXXX</c>, which any JSON reader decodes, and the output is deterministic.
/// </summary>
public static class IndexJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
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
