using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// Binds the relation reads whose text is in <see cref="SqlCatalog"/>. Both are hot (every relations field, every
/// neighborhood with edges), so each comes prepared from the connection's <see cref="StatementCache"/>: the returned command
/// belongs to the cache and is never disposed by the caller.
/// </summary>
internal static class RelationSql
{
    public static SqliteCommand ByAnchors(SqliteConnection connection, RelationQuery query)
    {
        var typed = query.Types is { Count: > 0 };
        var window = new PageWindow(query.After is not null, query.Before is not null, query.FromEnd);
        var command = StatementCache.Bind(
            connection,
            SqlCatalog.RelationsOfAnchors(query.Direction, typed, window),
            ("$anchors", JsonColumns.Array(query.EntityIds.Select(id => id.Value))),
            ("$first", query.FirstPerEntity),
            ("$past", query.FromEnd ? SqlCatalog.BeforeFirstId : SqlCatalog.PastLastId));
        if (typed)
        {
            StatementCache.Bind(connection, command.CommandText, ("$types", JsonColumns.Array(query.Types!.Select(t => t.ToName()))));
        }

        if (window.After)
        {
            StatementCache.Bind(connection, command.CommandText, ("$after", query.After!));
        }

        if (window.Before)
        {
            StatementCache.Bind(connection, command.CommandText, ("$before", query.Before!));
        }

        return command;
    }

    public static SqliteCommand Among(SqliteConnection connection, IEnumerable<string> nodes, IReadOnlyCollection<RelationType>? types)
    {
        var typed = types is { Count: > 0 };
        var command = StatementCache.Bind(connection, SqlCatalog.RelationsAmong(typed), ("$nodes", JsonColumns.Array(nodes)));
        if (typed)
        {
            StatementCache.Bind(connection, command.CommandText, ("$types", JsonColumns.Array(types!.Select(t => t.ToName()))));
        }

        return command;
    }
}
