namespace Graph.Storage.Sqlite.Schema;

/// <summary>One schema step; <paramref name="Version"/> is the <c>PRAGMA user_version</c> the database has after it.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
