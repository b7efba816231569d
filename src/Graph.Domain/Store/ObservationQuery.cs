using Graph.Domain.Identity;

namespace Graph.Domain.Store;

/// <summary>
/// Observations filtered by indicator, subject and period (a row matches when its period overlaps [From, To]),
/// ordered by subject, indicator, period start and ID.
/// </summary>
public sealed record ObservationQuery(
    int First,
    string? After = null,
    IReadOnlyCollection<EntityId>? IndicatorIds = null,
    IReadOnlyCollection<EntityId>? SubjectIds = null,
    DateOnly? From = null,
    DateOnly? To = null);
