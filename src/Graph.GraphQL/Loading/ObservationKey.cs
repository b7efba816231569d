using Graph.Domain.Identity;

namespace Graph.GraphQL.Loading;

/// <summary>The observations of one subject in one slice.</summary>
internal sealed record ObservationKey(EntityId Subject, ObservationSlice Slice);
