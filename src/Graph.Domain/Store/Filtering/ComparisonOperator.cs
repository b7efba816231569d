namespace Graph.Domain.Store.Filtering;

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
