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
