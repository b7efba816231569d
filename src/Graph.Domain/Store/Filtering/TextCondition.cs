namespace Graph.Domain.Store.Filtering;

/// <summary>A text field compared with one value, or with a list for <see cref="TextOperator.In"/>.</summary>
public sealed record TextCondition(TextField Field, TextOperator Operator, IReadOnlyList<string> Values) : EntityCondition
{
    public static TextCondition Of(TextField field, TextOperator op, string value) => new(field, op, [value]);
}
