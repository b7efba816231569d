namespace Graph.GraphQL.Security;

/// <summary>Roles, each including the ones before it: a writer may read, an admin may write.</summary>
public enum GraphRole
{
    /// <summary>May run queries.</summary>
    Reader = 1,

    /// <summary>May also run mutations (ingest documents).</summary>
    Writer = 2,

    /// <summary>May also merge and delete.</summary>
    Admin = 3,
}
