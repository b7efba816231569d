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
    // Postings read per round of the contained tier: the page, and room for an entity met again at a longer name.
    private const int RepeatAllowance = 8;

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = SearchSql.ParseCursor(query.After);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return Page<SearchHit>.Empty;
        }

        var connection = lease.Connection;
        var limit = PageBuilder.Limit(query.First);
        List<(long Rank, long EntityNo)> hits;
        await using (var ranked = SearchSql.Ranked(connection, text, query, after, limit))
        {
            hits = await Lookups.ReadAllAsync(ranked, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        }

        // Exact and prefix hits outrank every contained one, so the contained tier is read only to fill the page.
        if (hits.Count < limit && SearchText.Length(text) > 1)
        {
            var contained = await ContainedAsync(connection, text, query, after, limit - hits.Count, cancellationToken)
                .ConfigureAwait(false);
            hits.AddRange(contained);
        }

        var entities = await EntitiesByNumberAsync(connection, hits.Select(h => h.EntityNo), cancellationToken).ConfigureAwait(false);
        var rows = hits.Where(h => entities.ContainsKey(h.EntityNo))
            .Select(h => (h.Rank, h.EntityNo, Entity: entities[h.EntityNo]))
            .ToList();
        var page = PageBuilder.Build(rows, query.First, row => SearchSql.CursorFor(row.Rank, row.EntityNo));
        return new Page<SearchHit>(
            page.Items.Select(i => new PageItem<SearchHit>(new SearchHit(i.Node.Entity, SearchRank.Score(i.Node.Rank)), i.Cursor)).ToList(),
            page.HasNextPage);
    }

    private static async Task<List<(long Rank, long EntityNo)>> ContainedAsync(
        SqliteConnection connection, string text, SearchQuery query, (long Rank, long EntityNo)? after, int wanted,
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

        // An entity whose names hold the text at several lengths shows up once per length; the first is its rank. Reading
        // a few postings more than wanted almost always covers the repeats; if not, the read grows until the tier is done.
        var fetch = wanted + RepeatAllowance;
        while (true)
        {
            await using var command = SearchSql.Contained(connection, text, driver, query, after, fetch);
            var postings = await Lookups.ReadAllAsync(command, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken)
                .ConfigureAwait(false);
            var seen = new HashSet<long>();
            var distinct = postings.Where(p => seen.Add(p.Item2)).Take(wanted).ToList();
            if (distinct.Count == wanted || postings.Count < fetch)
            {
                return distinct;
            }

            fetch *= 4;
        }
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
