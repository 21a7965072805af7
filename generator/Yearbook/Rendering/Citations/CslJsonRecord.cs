using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// A citation as CSL-JSON (the input format of citeproc processors, Zotero and Pandoc): an array holding
/// one item of type <c>chapter</c>. Corporate names are <c>literal</c> names.
/// </summary>
internal static class CslJsonRecord
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as UTF-8 JSON.</summary>
    public static byte[] Write(Citation citation)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", citation.Key);
            json.WriteString("type", "chapter");
            json.WriteString("title", citation.Title);
            json.WriteString("container-title", citation.BookTitle);
            Names(json, "author", citation.Authors);
            if (citation.Editor is not null)
            {
                Names(json, "editor", [citation.Editor]);
            }

            Optional(json, "publisher", citation.Publisher);
            Optional(json, "publisher-place", citation.Place);
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(citation.Year);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            Optional(json, "page", citation.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Optional(json, "ISBN", citation.Isbn);
            Optional(json, "ISSN", citation.Issn);
            json.WriteString("URL", citation.Url);
            json.WriteString("language", citation.Language);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static void Names(Utf8JsonWriter json, string key, IEnumerable<string> names)
    {
        json.WriteStartArray(key);
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("literal", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
        {
            json.WriteString(key, value);
        }
    }
}
