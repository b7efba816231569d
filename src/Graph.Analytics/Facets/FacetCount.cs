namespace Graph.Analytics.Facets;

/// <summary>How many items carry one value of a facet.</summary>
public sealed record FacetCount<T>(T Value, int Count);
