namespace Graph.Domain.Model;

/// <summary>Which relations of an entity to follow.</summary>
public enum RelationDirection
{
    /// <summary>Relations that start at the entity.</summary>
    Outgoing,

    /// <summary>Relations that end at the entity.</summary>
    Incoming,

    /// <summary>Both.</summary>
    Both,
}
