using Graph.Domain.Identity;

namespace Graph.Domain.Store;

/// <summary>
/// Observations filtered by indicator, subject and period (a row matches when its period overlaps [From, To]),
/// ordered by subject, indicator, period start and ID.
/// </summary>
/// <param name="FirstPerSubject">
/// When true, <paramref name="First"/> bounds each subject's rows rather than the page, and <see cref="Page{T}.HasNextPage"/>
/// is true when any subject had more; this serves nested per-subject lists in one call. <paramref name="After"/> must then be null.
/// </param>
/// <param name="IncludeTargets">When false, goals and plans (<see cref="Model.Observation.IsTarget"/>) are left out, so a period
/// query returns reported outcomes only.</param>
/// <param name="Before">A cursor from a page of the same query: only rows before it.</param>
/// <param name="FromEnd">When true, the page is the last <paramref name="First"/> rows (before <paramref name="Before"/>),
/// in list order: Relay's <c>last</c>.</param>
/// <param name="FirstPerIndicator">
/// As <paramref name="FirstPerSubject"/>, for each indicator: <paramref name="First"/> bounds each indicator's rows (its
/// first ones in page order), so one indicator with many figures cannot crowd out another. At most one of the two may be set.
/// </param>
public sealed record ObservationQuery(
    int First,
    string? After = null,
    IReadOnlyCollection<EntityId>? IndicatorIds = null,
    IReadOnlyCollection<EntityId>? SubjectIds = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool FirstPerSubject = false,
    bool IncludeTargets = true,
    string? Before = null,
    bool FromEnd = false,
    bool FirstPerIndicator = false)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
        if (FirstPerSubject && FirstPerIndicator)
        {
            throw new InvalidGraphInputException(
                "An observation query bounds its rows per subject or per indicator, not both.", nameof(FirstPerIndicator));
        }

        if ((FirstPerSubject || FirstPerIndicator) && (After is not null || Before is not null || FromEnd))
        {
            throw new InvalidGraphInputException(
                "A per-subject or per-indicator observation query cannot resume at a cursor or read from the end.",
                After is not null ? nameof(After) : nameof(Before));
        }
    }
}
