using System.Text;

namespace Yearbook.Tests;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="text"/>; throws on a bare LF or a stray quote, which RFC 4180 files do not have.</summary>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                for (i++; ; i++)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unclosed quote");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                }

                if (i < text.Length && text[i] is not (',' or '\r'))
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }

                continue;
            }

            switch (text[i])
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                    break;
                case '\r' or '\n':
                    throw new FormatException($"bare line break at {i}");
                case '"':
                    throw new FormatException($"quote inside an unquoted field at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            throw new FormatException("the last record does not end with CRLF");
        }

        return records;
    }
}
