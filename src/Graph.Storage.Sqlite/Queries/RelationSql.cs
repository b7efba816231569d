using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>Binds the relation reads whose text is in <see cref="SqlCatalog"/>.</summary>
internal static class RelationSql
{
    public static SqliteCommand ByAnchors(SqliteConnection connection, RelationQuery query)
    {
        var command = connection.CreateCommand();
        command.WithList("$anchors", query.EntityIds.Select(id => id.Value))
            .With("$first", query.FirstPerEntity)
            .With("$past", SqlCatalog.PastLastId);
        var typed = query.Types is { Count: > 0 };
        if (typed)
        {
            command.WithList("$types", query.Types!.Select(t => t.ToName()));
        }

        if (query.After is not null)
        {
            command.With("$after", query.After);
        }

        command.CommandText = SqlCatalog.RelationsOfAnchors(query.Direction, typed, query.After is not null);
        return command;
    }

    public static SqliteCommand Among(SqliteConnection connection, IEnumerable<string> nodes, IReadOnlyCollection<RelationType>? types)
    {
        var command = connection.CreateCommand();
        command.WithList("$nodes", nodes);
        var typed = types is { Count: > 0 };
        if (typed)
        {
            command.WithList("$types", types!.Select(t => t.ToName()));
        }

        command.CommandText = SqlCatalog.RelationsAmong(typed);
        return command;
    }
}
