namespace Yearbook.Indexes.Statistics;

/// <summary>
/// The units a series may mix and still be one series: each belongs to a family with a power-of-ten
/// scale, so converting between them is exact in decimal arithmetic (9252 万元 = 0.9252 亿元).
/// Units are compared in Simplified script.
/// </summary>
internal static class UnitScale
{
    private static readonly Dictionary<string, (string Family, int Exponent)> Units = new(StringComparer.Ordinal)
    {
        ["元"] = ("元", 0), ["万元"] = ("元", 4), ["亿元"] = ("元", 8),
        ["人"] = ("人", 0), ["万人"] = ("人", 4),
        ["人次"] = ("人次", 0), ["万人次"] = ("人次", 4), ["亿人次"] = ("人次", 8),
        ["户"] = ("户", 0), ["万户"] = ("户", 4),
        ["吨"] = ("吨", 0), ["万吨"] = ("吨", 4),
        ["亩"] = ("亩", 0), ["万亩"] = ("亩", 4),
        ["米"] = ("米", 0), ["公里"] = ("米", 3), ["千米"] = ("米", 3),
        ["平方公里"] = ("平方公里", 0), ["平方千米"] = ("平方公里", 0),
        ["千瓦"] = ("千瓦", 0), ["万千瓦"] = ("千瓦", 4),
    };

    /// <summary>The family and power of ten of a unit, or null when it has none.</summary>
    public static (string Family, int Exponent)? Of(string unit) => Units.TryGetValue(unit.Trim(), out var scale) ? scale : null;

    /// <summary>
    /// <paramref name="value"/> (as written) converted by 10^<paramref name="shift"/> with its stated precision kept
    /// (7600 shifted by −4 is 0.7600); null when the value is not a plain number.
    /// </summary>
    public static string? Shift(string value, int shift)
    {
        if (!decimal.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        // Multiplying by 0.0001 (scale 4) adds four decimal places, so the digits written stay significant.
        var factor = shift >= 0 ? Pow10(shift) : new decimal(1, 0, 0, false, (byte)-shift);
        return (number * factor).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
