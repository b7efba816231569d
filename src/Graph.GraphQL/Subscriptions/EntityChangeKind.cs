namespace Graph.GraphQL.Subscriptions;

/// <summary>How a committed document touched an entity.</summary>
internal enum EntityChangeKind
{
    /// <summary>The entity did not exist before.</summary>
    Created,

    /// <summary>It gained an alias, subtype, date or attribute.</summary>
    Updated,

    /// <summary>A newly ingested document mentions it (new provenance, relations or figures may come with it).</summary>
    Mentioned,
}
