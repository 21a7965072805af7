using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// Who makes the printed book and how it is identified, for citations: the editor body (编纂者), the
/// publisher and its place, and an ISBN or ISSN. <c>yearbook.yml</c> gives the series' values and a
/// <c>_volume.yml</c> may override any of them (a volume's ISBN, a new publisher). Written in the
/// default script; null where not given.
/// </summary>
/// <param name="Editor">The editor body, e.g. 源汇区地方史志编纂委员会.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="Place">The publisher's city (出版地).</param>
/// <param name="Isbn">The ISBN, as written.</param>
/// <param name="Issn">The ISSN, as written.</param>
internal sealed record Publication(string? Editor, string? Publisher, string? Place, string? Isbn, string? Issn)
{
    /// <summary>No publication details.</summary>
    public static readonly Publication None = new(null, null, null, null, null);

    /// <summary>The keys that give a publication's details, in <c>yearbook.yml</c> and <c>_volume.yml</c>.</summary>
    public static readonly string[] Keys = ["editor", "publisher", "publisher_place", "isbn", "issn"];

    /// <summary>These details, with <paramref name="volume"/>'s where it gives them.</summary>
    public Publication Over(Publication volume) =>
        new(volume.Editor ?? Editor, volume.Publisher ?? Publisher, volume.Place ?? Place, volume.Isbn ?? Isbn, volume.Issn ?? Issn);

    /// <summary>Reads the details from <paramref name="fields"/>; a wrong check digit is a warning at its value.</summary>
    public static Publication Read(YamlFields fields, DiagnosticBag diagnostics)
    {
        var isbn = fields.String("isbn");
        var issn = fields.String("issn");
        if (isbn is not null && !StandardNumbers.IsIsbn(isbn))
        {
            diagnostics.Warning(DiagnosticCodes.IdentifierInvalid,
                $"'{isbn}' is not an ISBN: an ISBN has 13 digits (or 10, the last may be X) whose check digit agrees; copy it from the book's copyright page", fields.LocationOf("isbn"));
        }

        if (issn is not null && !StandardNumbers.IsIssn(issn))
        {
            diagnostics.Warning(DiagnosticCodes.IdentifierInvalid,
                $"'{issn}' is not an ISSN: an ISSN is written 1234-5679, eight digits (the last may be X) whose check digit agrees", fields.LocationOf("issn"));
        }

        return new(fields.String("editor"), fields.String("publisher"), fields.String("publisher_place"), isbn, issn);
    }
}

/// <summary>The check digits of ISBN-10, ISBN-13 and ISSN.</summary>
internal static class StandardNumbers
{
    /// <summary>Whether <paramref name="text"/> is an ISBN-13 or ISBN-10 (hyphens and spaces allowed) with a right check digit.</summary>
    public static bool IsIsbn(string text)
    {
        var digits = text.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length == 13 && digits.All(char.IsAsciiDigit))
        {
            var sum = 0;
            for (var i = 0; i < 12; i++)
            {
                sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
            }

            return (10 - (sum % 10)) % 10 == digits[12] - '0';
        }

        return digits.Length == 10 && WeightedCheck(digits, 10, 11);
    }

    /// <summary>Whether <paramref name="text"/> is an ISSN written <c>NNNN-NNNC</c> with a right check digit.</summary>
    public static bool IsIssn(string text) => text.Length == 9 && text[4] == '-' && WeightedCheck(text.Remove(4, 1), 8, 11);

    // ISBN-10 and ISSN: digits weighted from the length down to 2, the check digit (X for 10) makes the sum divisible by 11.
    private static bool WeightedCheck(string digits, int length, int modulus)
    {
        if (!digits[..^1].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(digits[^1]) || digits[^1] is 'X' or 'x'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < length - 1; i++)
        {
            sum += (digits[i] - '0') * (length - i);
        }

        var check = digits[^1] is 'X' or 'x' ? 10 : digits[^1] - '0';
        return (sum + check) % modulus == 0;
    }
}
