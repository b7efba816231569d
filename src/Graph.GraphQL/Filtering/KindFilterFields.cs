namespace Graph.GraphQL.Filtering;

/// <summary>
/// The groups of filter fields a kind's entities carry, beyond those every entity has; the date fields come with
/// <see cref="KindDates"/>.
/// </summary>
[Flags]
internal enum KindFilterFields
{
    None = 0,

    /// <summary><c>subtype</c> and <c>subtypeMatches</c>: kinds with a finer kind (places, organizations).</summary>
    Subtype = 1,

    /// <summary><c>locatedIn</c> and <c>within</c>: kinds that lie in a place (LOCATED_IN, HELD_IN, PART_OF).</summary>
    Location = 2,

    /// <summary><c>figures</c>: kinds figures are reported for (their subjects).</summary>
    Figures = 4,
}
