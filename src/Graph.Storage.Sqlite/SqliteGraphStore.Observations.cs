using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = query.After is null ? null : StoreCursors.ParseObservation(query.After);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        var filters = BindObservationFilters(command, query);
        if (after is not null)
        {
            command.With("$subject", after[0]).With("$indicator", after[1]).With("$start", after[2]).With("$id", after[3]);
            filters = filters with { After = true };
        }

        if (query.FirstPerSubject)
        {
            return await GetObservationsPerKeyAsync(
                command, SqlCatalog.ObservationsPerSubject(filters), o => o.Subject, query.First, cancellationToken).ConfigureAwait(false);
        }

        if (query.FirstPerIndicator)
        {
            return await GetObservationsPerKeyAsync(
                command, SqlCatalog.ObservationsPerIndicator(filters), o => o.Indicator, query.First, cancellationToken).ConfigureAwait(false);
        }

        if (query.Before is not null)
        {
            var before = StoreCursors.ParseObservation(query.Before, nameof(ObservationQuery.Before));
            command.With("$bsubject", before[0]).With("$bindicator", before[1]).With("$bstart", before[2]).With("$bid", before[3]);
            filters = filters with { Before = true };
        }

        command.CommandText = SqlCatalog.ObservationsPage(filters, backward: query.FromEnd);
        command.With("$limit", PageBuilder.Limit(query.First));
        var rows = await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
        return PageBuilder.BuildEitherWay(
            rows, query.First, query.FromEnd, query.After is not null, query.Before is not null, StoreCursors.Observation);
    }

    public async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = SqlCatalog.ObservationsCount(BindObservationFilters(command, query));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The filters of an observation query but its cursor, with their parameters bound on <paramref name="command"/>.</summary>
    private static ObservationFilters BindObservationFilters(Microsoft.Data.Sqlite.SqliteCommand command, ObservationQuery query)
    {
        if (query.IndicatorIds is { Count: > 0 } indicators)
        {
            command.WithList("$indicators", Lookups.Values(indicators));
        }

        if (query.SubjectIds is { Count: > 0 } subjects)
        {
            command.WithList("$subjects", Lookups.Values(subjects));
        }

        if (query.From is { } from)
        {
            command.With("$from", ScalarColumns.Date(from));
        }

        if (query.To is { } to)
        {
            command.With("$to", ScalarColumns.Date(to));
        }

        return new ObservationFilters(
            query.IndicatorIds is { Count: > 0 }, query.SubjectIds is { Count: > 0 }, query.From is not null, query.To is not null,
            After: false, NoTargets: !query.IncludeTargets);
    }

    /// <summary>
    /// At most <paramref name="first"/> rows per subject or indicator (<paramref name="keyOf"/>) in one statement: each
    /// key's index range is walked in page order up to one row past <paramref name="first"/>, and that extra row tells
    /// whether the key had more.
    /// </summary>
    private static async Task<Page<Observation>> GetObservationsPerKeyAsync(
        Microsoft.Data.Sqlite.SqliteCommand command, string sql, Func<Observation, EntityId> keyOf, int first,
        CancellationToken cancellationToken)
    {
        command.CommandText = sql;
        command.With("$perKey", (long)first + 1);
        var rows = await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
        return PageBuilder.BuildPerKey(rows, first, keyOf, StoreCursors.Observation);
    }

    public async Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = Commands
            .Create(lease.Connection, SqlCatalog.ObservationsById)
            .WithList("$ids", ids.Select(id => id.Value));
        return await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
    }
}
