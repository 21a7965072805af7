using System.Globalization;
using System.Text;

namespace Yearbook.Indexes.Downloads;

/// <summary>
/// A CSV file that spreadsheet programs open cleanly: UTF-8 with a byte order mark (without it Excel
/// reads Chinese as mojibake), RFC 4180 quoting, CRLF line endings, and formula injection neutralised.
/// </summary>
/// <remarks>
/// The injection rule: a field that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return would be run as a formula, so it gets a leading apostrophe — unless the whole field
/// is a plain number or percentage (<c>+6.5%</c>, <c>-3</c>, <c>-0.25</c>), which a spreadsheet reads
/// as a value, and which yearbooks legitimately write for changes. Contributors are not trusted.
/// </remarks>
internal sealed class CsvTable
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts a table with a header row.</summary>
    public CsvTable(params string[] header) => Row(header);

    /// <summary>Adds a row.</summary>
    public CsvTable Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Field(fields[i] ?? ""));
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>The file: UTF-8 with BOM.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>The text without BOM.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>One field, neutralised and quoted as needed.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(['"', ',', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>A signed decimal number, optionally a percentage: <c>+6.5%</c>, <c>-3</c>.</summary>
    public static bool IsPlainNumber(string value)
    {
        var number = value.EndsWith('%') ? value[..^1] : value;
        return number.Length > 1
            && number[0] is '+' or '-'
            && char.IsAsciiDigit(number[^1])
            && decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
    }
}
