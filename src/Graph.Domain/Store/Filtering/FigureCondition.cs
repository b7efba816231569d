using Graph.Domain.Identity;

namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The entity is the subject of a figure of <paramref name="Indicator"/> (any indicator when null) whose value in its base
/// unit (<see cref="Model.Observation.NormalizedValue"/>) compares with <paramref name="Values"/> as
/// <paramref name="Operator"/> says, whose period overlaps [<paramref name="From"/>, <paramref name="To"/>] (either bound
/// open), and which is an outcome unless <paramref name="IncludeTargets"/>. A figure without a base-unit value matches no
/// comparison. Figures are compared as binary floating point (doubles), which is exact to 15 significant digits.
/// </summary>
public sealed record FigureCondition(
    EntityId? Indicator,
    ComparisonOperator Operator,
    IReadOnlyList<decimal> Values,
    DateOnly? From = null,
    DateOnly? To = null,
    bool IncludeTargets = true) : EntityCondition;
