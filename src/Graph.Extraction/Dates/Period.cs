namespace Graph.Extraction.Dates;

/// <summary>An inclusive date range; a point in time has Start == End.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End)
{
    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Months(int year, int firstMonth, int lastMonth) =>
        new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));

    public Period ShiftYears(int years) => new(Start.AddYears(years), End.AddYears(years));
}
