using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Paging;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string ObservationCursorTag = "observations";

    public async Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowHelper.ThrowIfNegative(query.First, nameof(query.First));
        if (query.FirstPerSubject && query.After is not null)
        {
            throw new ArgumentException("A per-subject observation query cannot resume after a cursor.", nameof(query));
        }

        var after = query.After is null ? null : ParseObservationCursor(query.After);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        var filters = ObservationFilters(command, query);
        if (after is not null)
        {
            filters += " AND (o.subject_id, o.indicator_id, o.period_start, o.id) > ($subject, $indicator, $start, $id)";
            command.With("$subject", after[0]).With("$indicator", after[1]).With("$start", after[2]).With("$id", after[3]);
        }

        if (query.FirstPerSubject)
        {
            return await GetObservationsPerSubjectAsync(command, filters, query.First, cancellationToken).ConfigureAwait(false);
        }

        command.CommandText =
            $"SELECT {ObservationRows.Columns} FROM observations o WHERE {filters} " +
            "ORDER BY o.subject_id, o.indicator_id, o.period_start, o.id LIMIT $limit";
        command.With("$limit", PageBuilder.Limit(query.First));
        var rows = await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
        return PageBuilder.Build(rows, query.First, ObservationCursor);
    }

    /// <summary>The WHERE conditions of an observation query but its cursor, with their parameters on <paramref name="command"/>.</summary>
    private static string ObservationFilters(Microsoft.Data.Sqlite.SqliteCommand command, ObservationQuery query)
    {
        var filters = "1";
        if (query.IndicatorIds is { Count: > 0 } indicators)
        {
            filters += " AND o.indicator_id IN (SELECT value FROM json_each($indicators))";
            command.WithList("$indicators", Lookups.Values(indicators));
        }

        if (query.SubjectIds is { Count: > 0 } subjects)
        {
            filters += " AND o.subject_id IN (SELECT value FROM json_each($subjects))";
            command.WithList("$subjects", Lookups.Values(subjects));
        }

        // Overlap of [period_start, period_end] with [From, To]; either bound may be open.
        if (query.From is { } from)
        {
            filters += " AND o.period_end >= $from";
            command.With("$from", ScalarColumns.Date(from));
        }

        if (query.To is { } to)
        {
            filters += " AND o.period_start <= $to";
            command.With("$to", ScalarColumns.Date(to));
        }

        if (!query.IncludeTargets)
        {
            filters += " AND o.is_target = 0";
        }

        return filters;
    }

    public async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM observations o WHERE {ObservationFilters(command, query)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// At most <paramref name="first"/> rows per subject in one statement: the window numbers each subject's rows in
    /// page order, and one extra row per subject tells whether that subject had more.
    /// </summary>
    private static async Task<Page<Observation>> GetObservationsPerSubjectAsync(
        Microsoft.Data.Sqlite.SqliteCommand command, string filters, int first, CancellationToken cancellationToken)
    {
        command.CommandText =
            $"SELECT {ObservationRows.Columns} FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY o.subject_id " +
            $"ORDER BY o.indicator_id, o.period_start, o.id) AS subject_row FROM observations o WHERE {filters}) o " +
            "WHERE o.subject_row <= $perSubject ORDER BY o.subject_id, o.indicator_id, o.period_start, o.id";
        command.With("$perSubject", (long)first + 1);
        var rows = await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
        var items = new List<PageItem<Observation>>(rows.Count);
        var hasMore = false;
        foreach (var subject in rows.GroupBy(o => o.Subject))
        {
            var kept = subject.Take(first).ToList();
            hasMore |= kept.Count < subject.Count();
            items.AddRange(kept.Select(o => new PageItem<Observation>(o, ObservationCursor(o))));
        }

        return new Page<Observation>(items, hasMore);
    }

    private static string ObservationCursor(Observation observation) => KeysetCursor.Encode(
        ObservationCursorTag,
        observation.Subject.Value,
        observation.Indicator.Value,
        ScalarColumns.Date(observation.PeriodStart),
        observation.Id.Value);

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
            .Create(
                lease.Connection,
                $"SELECT {ObservationRows.Columns} FROM observations o WHERE o.id IN (SELECT value FROM json_each($ids))")
            .WithList("$ids", ids.Select(id => id.Value));
        return await Lookups.ReadAllAsync(command, ObservationRows.Read, cancellationToken).ConfigureAwait(false);
    }

    private static string[] ParseObservationCursor(string cursor)
    {
        var keys = KeysetCursor.DecodeRequired(cursor, ObservationCursorTag, 4, nameof(ObservationQuery.After));
        return ScalarColumns.TryParseDate(keys[2], out _)
            ? keys
            : throw KeysetCursor.Malformed(cursor, nameof(ObservationQuery.After));
    }
}
