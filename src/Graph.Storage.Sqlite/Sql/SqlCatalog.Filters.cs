using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// Filtered lists, counts and searches are built per request from a condition tree, so they cannot all be listed. The
/// catalog holds what <see cref="EntityPageSql"/> and <see cref="EntityConditionSql"/> make of the
/// <see cref="ConditionSamples"/> (every operator, field, relation form, the place hierarchy, figures and every sort key in
/// both reading directions), so the snapshot shows a change to any fragment and the prepare test checks each one.
/// </summary>
internal static partial class SqlCatalog
{
    private static IEnumerable<SqlStatement> FilterSamples()
    {
        foreach (var (name, query) in ConditionSamples.Lists)
        {
            yield return new($"{nameof(EntityPage)}.{name}", Text(c => EntityPageSql.Bind(c, query, EntityPaging.Of(query), 10)));
            yield return new($"{nameof(EntityCountWhere)}.{name}", Text(c => EntityPageSql.BindCount(c, query)));
        }

        foreach (var (name, query) in ConditionSamples.Orders())
        {
            yield return new($"{nameof(EntityPage)}.{name}", Text(c => EntityPageSql.Bind(c, query, EntityPaging.Of(query), 10)));
        }

        var related = Text(c => c.CommandText = EntityConditionSql.Translate(c, ConditionSamples.Related, "w"));
        yield return new($"{nameof(SearchRanked)}.pairs.sample-where", SearchRanked(single: false, kinds: true, new PageWindow(After: true, Before: false, Backward: false), related));
        yield return new($"{nameof(SearchContained)}.sample-where", SearchContained(kinds: true, new PageWindow(After: false, Before: true, Backward: true), related));
        var every = Text(c => c.CommandText = EntityConditionSql.Translate(c, ConditionSamples.EveryField, "w"));
        yield return new($"{nameof(SearchCount)}.single.sample-where", SearchCount(single: true, kinds: false, every));
    }

    /// <summary>The text a builder sets on a command that has no connection (its parameters are dropped with it).</summary>
    private static string Text(Action<SqliteCommand> build)
    {
        using var command = new SqliteCommand();
        build(command);
        return command.CommandText;
    }
}
