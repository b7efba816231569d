namespace Graph.Bolt;

/// <summary>The database failed (<c>Neo.DatabaseError.*</c>). Not retried.</summary>
public sealed class DatabaseException : Neo4jException
{
    public DatabaseException(string code, string message)
        : base(code, message)
    {
    }
}
