namespace Graph.Domain.Store.Filtering;

/// <summary>The date fields of an entity a condition can test.</summary>
public enum DateField
{
    StartDate,
    EndDate,
}

/// <summary>Comparisons for ordered values (dates, numbers).</summary>
public enum ComparisonOperator
{
    Equals,

    /// <summary>Equal to one of the values (none: never).</summary>
    In,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>A date field compared with one value, or with a list for <see cref="ComparisonOperator.In"/>. An entity without the date matches no comparison.</summary>
public sealed record DateCondition(DateField Field, ComparisonOperator Operator, IReadOnlyList<DateOnly> Values) : EntityCondition
{
    public static DateCondition Of(DateField field, ComparisonOperator op, DateOnly value) => new(field, op, [value]);
}

/// <summary>
/// The entity's span [StartDate, EndDate] overlaps [From, To] (either bound open); an entity without an end date lasts its
/// start day, and an undated entity never overlaps a bounded range.
/// </summary>
public sealed record SpanOverlapCondition(DateOnly? From, DateOnly? To) : EntityCondition;
