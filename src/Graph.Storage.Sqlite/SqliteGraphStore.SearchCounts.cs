using System.Globalization;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return 0;
        }

        string? driver = null;
        if (SearchText.Length(text) > 1)
        {
            await using var sizes = SearchSql.GramSizes(lease.Connection, SearchText.QueryGrams(text));
            var counts = await Lookups.ReadAllAsync(sizes, r => (Gram: r.GetString(0), Size: r.GetInt64(1)), cancellationToken)
                .ConfigureAwait(false);
            var rarest = counts.OrderBy(c => c.Size).ThenBy(c => c.Gram, StringComparer.Ordinal).First();
            if (rarest.Size == 0)
            {
                return 0;
            }

            driver = rarest.Gram;
        }

        await using var command = SearchSql.Count(lease.Connection, text, driver, query);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
