namespace Graph.Domain.Store.Filtering;

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
