namespace Graph.Extraction.Dates;

/// <summary>An inclusive date range; a point in time has Start == End.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End)
{
    /// <summary>A figure the text gives no period at all (a project's total investment).</summary>
    public static Period None { get; } = new(new DateOnly(Graph.Domain.Model.Observation.UnknownYear, 1, 1), new DateOnly(Graph.Domain.Model.Observation.UnknownYear, 1, 1))
    {
        AsWritten = string.Empty,
    };

    /// <summary>
    /// Null when the period is known. Otherwise the words as written (今年1—7月 where nothing says which year), and the dates
    /// keep their months and days in <see cref="Graph.Domain.Model.Observation.UnknownYear"/>.
    /// </summary>
    public string? AsWritten { get; init; }

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Months(int year, int firstMonth, int lastMonth) =>
        new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));

    public Period ShiftYears(int years) => new(Start.AddYears(years), End.AddYears(years));
}
