namespace Graph.GraphQL.Validation;

/// <summary>
/// The cost of a selection set as a function of the page size its enclosing field passes down: a list field without a
/// page size of its own (a connection's <c>nodes</c>, <c>edges</c>) takes the page size of the non-list field above it
/// (<c>companies(first: 100)</c>). Kept in three parts so a fragment is costed once, whatever field it is spread under.
/// </summary>
/// <param name="Fixed">What does not depend on the enclosing field.</param>
/// <param name="PerPage">Multiplied by the enclosing field's page size, when it has one.</param>
/// <param name="Unpaged">Added instead when the enclosing field has no page size (each unpaged list counts 20 items).</param>
internal readonly record struct OperationCost(double Fixed, double PerPage, double Unpaged)
{
    public static OperationCost operator +(OperationCost a, OperationCost b) =>
        new(a.Fixed + b.Fixed, a.PerPage + b.PerPage, a.Unpaged + b.Unpaged);

    /// <summary>The cost under an enclosing field with page size <paramref name="page"/>, or none.</summary>
    public double Under(int? page) => Fixed + (page is { } size ? size * PerPage : Unpaged);
}
