namespace Graph.Domain.Store.Filtering;

/// <summary>A date field compared with one value, or with a list for <see cref="ComparisonOperator.In"/>. An entity without the date matches no comparison.</summary>
public sealed record DateCondition(DateField Field, ComparisonOperator Operator, IReadOnlyList<DateOnly> Values) : EntityCondition
{
    public static DateCondition Of(DateField field, ComparisonOperator op, DateOnly value) => new(field, op, [value]);
}
