using System.Globalization;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Text forms of dates and decimals, invariant so they sort (dates) and round-trip exactly (decimals).</summary>
internal static class ScalarColumns
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static object DateOrNull(DateOnly? date) => date is { } value ? Date(value) : DBNull.Value;

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // decimal.ToString keeps the scale (1.50 stays "1.50"), so the stored text reads back as the same decimal.
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static object DecimalOrNull(decimal? value) => value is { } d ? Decimal(d) : DBNull.Value;

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
