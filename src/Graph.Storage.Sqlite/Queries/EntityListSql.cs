using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Search;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>Binds the keyset query of <see cref="IGraphReader.ListEntitiesAsync"/> (its text: <see cref="SqlCatalog.EntityList"/>).</summary>
internal static class EntityListSql
{
    public static SqliteCommand Build(SqliteConnection connection, EntityListQuery query, EntityCursorKey? after, int limit)
    {
        var command = connection.CreateCommand();
        command.With("$kind", query.Kind.ToString()).With("$limit", limit);
        if (query.Subtype is not null)
        {
            command.With("$subtype", query.Subtype);
        }

        var needle = query.NameContains is null ? string.Empty : SearchText.Normalize(query.NameContains);
        if (needle.Length > 0)
        {
            command.With("$needle", needle);
        }

        if (query.LocatedIn is { } place)
        {
            command.With("$place", place.Value)
                .With("$locatedIn", RelationType.LocatedIn.ToName())
                .With("$heldIn", RelationType.HeldIn.ToName());
        }

        if (query.From is { } from)
        {
            command.With("$from", ScalarColumns.Date(from));
        }

        if (query.To is { } to)
        {
            command.With("$to", ScalarColumns.Date(to));
        }

        if (after is not null)
        {
            command.With("$afterKey", after.SortKey).With("$afterId", after.Id);
        }

        var filters = new EntityFilters(query.Subtype is not null, needle.Length > 0, query.LocatedIn is not null, query.From is not null, query.To is not null);
        var resume = after is null ? EntityListAfter.Start : after.SortKey is null ? EntityListAfter.Undated : EntityListAfter.Keyed;
        command.CommandText = SqlCatalog.EntityList(query.Order, filters, resume);
        return command;
    }
}
