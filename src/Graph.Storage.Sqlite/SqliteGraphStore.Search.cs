using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Paging;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Text);
        ThrowHelper.ThrowIfNegative(query.First, nameof(query.First));
        var after = SearchSql.ParseCursor(query.After);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return Page<SearchHit>.Empty;
        }

        await using var command = SearchSql.Build(lease.Connection, text, query, after, PageBuilder.Limit(query.First));
        var rows = await Lookups
            .ReadAllAsync(command, r => (Rank: r.GetInt64(0), Entity: EntityRows.Read(r, 1)), cancellationToken)
            .ConfigureAwait(false);
        var page = PageBuilder.Build(rows, query.First, row => SearchSql.CursorFor(row.Rank, row.Entity.Id.Value));
        return new Page<SearchHit>(
            page.Items.Select(i => new PageItem<SearchHit>(new SearchHit(i.Node.Entity, SearchRank.Score(i.Node.Rank)), i.Cursor)).ToList(),
            page.HasNextPage);
    }
}
