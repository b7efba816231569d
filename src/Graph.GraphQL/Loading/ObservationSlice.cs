using Graph.Domain.Identity;

namespace Graph.GraphQL.Loading;

/// <summary>Which observations of a subject a field asks for; structural equality groups siblings into one call.</summary>
internal sealed record ObservationSlice(EntityId? Indicator, DateOnly? From, DateOnly? To, int First, bool IncludeTargets = true);
