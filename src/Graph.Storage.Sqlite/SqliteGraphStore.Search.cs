using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var cursors = SearchSql.ParseCursors(query);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return Page<SearchHit>.Empty;
        }

        var connection = lease.Connection;
        var limit = PageBuilder.Limit(query.First);
        // Exact and prefix hits outrank every contained one, so the contained tier is read only to fill the page; from the
        // end, the contained tier comes first and the exact and prefix hits fill the page.
        var readsContained = SearchText.Length(text) > 1 && cursors.ReachesContainedTier;
        var hits = new List<(long Rank, long EntityNo)>(limit);
        if (cursors.Backward && readsContained)
        {
            hits.AddRange(await ContainedAsync(connection, text, query, cursors, limit, cancellationToken).ConfigureAwait(false));
        }

        if (hits.Count < limit)
        {
            await using var ranked = SearchSql.Ranked(connection, text, query, cursors, limit - hits.Count);
            hits.AddRange(await Lookups.ReadAllAsync(ranked, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false));
        }

        if (!cursors.Backward && hits.Count < limit && readsContained)
        {
            hits.AddRange(await ContainedAsync(connection, text, query, cursors, limit - hits.Count, cancellationToken).ConfigureAwait(false));
        }

        var entities = await EntitiesByNumberAsync(connection, hits.Select(h => h.EntityNo), cancellationToken).ConfigureAwait(false);
        var rows = hits.Where(h => entities.ContainsKey(h.EntityNo))
            .Select(h => (h.Rank, h.EntityNo, Entity: entities[h.EntityNo]))
            .ToList();
        var page = PageBuilder.BuildEitherWay(
            rows, query.First, cursors.Backward, cursors.After is not null, cursors.Before is not null, row => SearchSql.CursorFor(row.Rank, row.EntityNo));
        return new Page<SearchHit>(
            page.Items.Select(i => new PageItem<SearchHit>(new SearchHit(i.Node.Entity, SearchRank.Score(i.Node.Rank)), i.Cursor)).ToList(),
            page.HasNextPage,
            page.HasPreviousPage);
    }

    private static async Task<List<(long Rank, long EntityNo)>> ContainedAsync(
        SqliteConnection connection, string text, SearchQuery query, SearchCursors cursors, int wanted,
        CancellationToken cancellationToken)
    {
        string driver;
        await using (var sizes = SearchSql.GramSizes(connection, SearchText.QueryGrams(text)))
        {
            var counts = await Lookups.ReadAllAsync(sizes, r => (Gram: r.GetString(0), Size: r.GetInt64(1)), cancellationToken)
                .ConfigureAwait(false);
            var rarest = counts.OrderBy(c => c.Size).ThenBy(c => c.Gram, StringComparer.Ordinal).First();
            if (rarest.Size == 0)
            {
                return [];
            }

            driver = rarest.Gram;
        }

        // The statement reads each entity at its shortest name holding the text only, so no posting repeats an entity.
        await using var command = SearchSql.Contained(connection, text, driver, query, cursors, wanted);
        return await Lookups.ReadAllAsync(command, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<long, Entity>> EntitiesByNumberAsync(
        SqliteConnection connection, IEnumerable<long> numbers, CancellationToken cancellationToken)
    {
        var list = numbers.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        await using var command = Commands
            .Create(connection, SqlCatalog.EntityRowsByNumber)
            .With("$nos", $"[{string.Join(',', list)}]");
        var rows = await Lookups.ReadAllAsync(command, r => (No: r.GetInt64(0), Entity: EntityRows.Read(r, 1)), cancellationToken)
            .ConfigureAwait(false);
        return rows.ToDictionary(r => r.No, r => r.Entity);
    }
}
