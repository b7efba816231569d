namespace Graph.Storage.Sqlite.Sql;

/// <summary>One statement of <see cref="SqlCatalog"/> and its stable name.</summary>
internal sealed record SqlStatement(string Name, string Text);
