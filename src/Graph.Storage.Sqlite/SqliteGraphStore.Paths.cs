using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        string from = query.From.Value, to = query.To.Value;
        var ends = await Lookups.LoadEntitiesAsync(connection, null, [from, to], cancellationToken).ConfigureAwait(false);
        if (!ends.ContainsKey(from) || !ends.ContainsKey(to))
        {
            return null;
        }

        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return new GraphPath([ends[from].Entity], []);
        }

        var forward = new PathSearchSide(from);
        var backward = new PathSearchSide(to);
        // Bidirectional breadth first, ignoring direction: grow the smaller frontier one level at a time. Before each level
        // no path of length ≤ forward.Depth + backward.Depth exists, so the first level that meets the other side's visited
        // set has found a shortest path (of length forward.Depth + backward.Depth after the level).
        while (forward.Depth + backward.Depth < query.MaxLength && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var level = await GraphExpansion
                .ExpandAsync(connection, grow.Frontier, query.Types, RelationDirection.Both, cancellationToken)
                .ConfigureAwait(false);
            var meeting = grow.Advance(level.Steps, other);
            if (meeting is not null)
            {
                return await LoadPathAsync(connection, forward.PathTo(meeting), backward.PathTo(meeting), cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return null;
    }

    private static async Task<GraphPath> LoadPathAsync(
        SqliteConnection connection,
        (List<string> Nodes, List<string> Edges) head,
        (List<string> Nodes, List<string> Edges) tail,
        CancellationToken cancellationToken)
    {
        // head runs meeting → from and tail meeting → to; the path is head reversed, then tail without the meeting node.
        head.Nodes.Reverse();
        head.Edges.Reverse();
        var nodeIds = head.Nodes.Concat(tail.Nodes.Skip(1)).ToList();
        var edgeIds = head.Edges.Concat(tail.Edges).ToList();
        var entities = await Lookups.LoadEntitiesAsync(connection, null, nodeIds, cancellationToken).ConfigureAwait(false);
        var relations = (await Lookups.LoadRelationsAsync(connection, edgeIds, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        return new GraphPath(
            nodeIds.Select(id => entities[id].Entity).ToList(),
            edgeIds.Select(id => relations[id]).ToList());
    }
}
