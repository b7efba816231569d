namespace Graph.Domain.Store;

/// <summary>
/// A search hit's rank as one integer, computed by each store in its own query language: <c>tier × 1,000,000 − length</c>,
/// where tier is 3 when the query equals the name or an alias, 2 when it is a prefix of one, 1 when it is contained in
/// one, and length is that name's length in characters. The best of an entity's names counts; higher ranks first.
/// </summary>
public static class SearchRank
{
    public const long TierWeight = 1_000_000;

    public const long MaxLength = TierWeight - 1;

    /// <summary>The score shown to callers: the tier plus a fraction that shrinks as the matched name grows.</summary>
    public static double Score(long rank)
    {
        var tier = (rank / TierWeight) + 1;
        var length = (tier * TierWeight) - rank;
        return tier + (1.0 / (1 + length));
    }
}
