namespace Graph.Domain.Store.Filtering;

/// <summary>The text fields of an entity a condition can test.</summary>
public enum TextField
{
    /// <summary>The canonical name, compared exactly (ordinal).</summary>
    Name,

    /// <summary>The name or any alias in canonical form (NFKC, no white space, upper case): only <see cref="TextOperator.Contains"/>.</summary>
    NameOrAlias,

    Subtype,

    /// <summary>The store ID (<c>place_…</c>): only <see cref="TextOperator.Equals"/> and <see cref="TextOperator.In"/>.</summary>
    Id,
}

/// <summary>How a text field is compared with the condition's values.</summary>
public enum TextOperator
{
    /// <summary>Equal to the one value.</summary>
    Equals,

    /// <summary>Equal to one of the values (none: never).</summary>
    In,

    /// <summary>Contains the one value.</summary>
    Contains,

    /// <summary>Starts with the one value.</summary>
    StartsWith,
}

/// <summary>A text field compared with one value, or with a list for <see cref="TextOperator.In"/>.</summary>
public sealed record TextCondition(TextField Field, TextOperator Operator, IReadOnlyList<string> Values) : EntityCondition
{
    public static TextCondition Of(TextField field, TextOperator op, string value) => new(field, op, [value]);
}
