using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.GraphQL.Relay;

namespace Graph.GraphQL.Entities;

/// <summary>Turns global IDs given as arguments back into entity IDs, with clear errors.</summary>
internal static class EntityIds
{
    /// <summary>The entity ID inside a global ID, optionally required to be of one kind.</summary>
    public static EntityId Decode(string globalId, EntityKind? kind = null)
    {
        var (typeName, localId) = GlobalId.Decode(globalId);
        if (!Enum.TryParse<EntityKind>(typeName, ignoreCase: false, out var actual))
        {
            throw new BadUserInputError($"'{globalId}' is the ID of a {typeName}, not of an entity.");
        }

        if (kind is { } expected && actual != expected)
        {
            throw new BadUserInputError($"'{globalId}' is the ID of a {actual}, not of a {expected}.");
        }

        // The store ID names its kind too ({kind}_{hash}); a global ID whose two halves disagree was not issued by this
        // service (node() answers null for it), and must not reach an entity of another kind.
        if (!localId.StartsWith(actual.ToString().ToLowerInvariant() + "_", StringComparison.Ordinal))
        {
            throw new BadUserInputError($"'{globalId}' is not a valid ID.");
        }

        return new EntityId(localId);
    }
}
