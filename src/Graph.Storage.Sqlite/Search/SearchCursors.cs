using Graph.Domain.Store;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite.Search;

/// <summary>A search's positions (rank, entity number) to read after and before, and whether it reads from the end.</summary>
internal sealed record SearchCursors((long Rank, long EntityNo)? After, (long Rank, long EntityNo)? Before, bool Backward)
{
    public PageWindow Window => new(After is not null, Before is not null, Backward);

    /// <summary>
    /// False when the page ends before the contained tier begins: a cursor before an exact or prefix hit leaves no
    /// contained hit (their ranks are below <see cref="SearchRank.TierWeight"/>), so its postings are not scanned.
    /// </summary>
    public bool ReachesContainedTier => Before is not { } before || before.Rank < SearchRank.TierWeight;
}
