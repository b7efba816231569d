using System.Text;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes a Cypher script that loads a whole graph into an empty Neo4j database (cypher-shell -f, or Neo4j Browser with
/// multi-statement editing): first the schema (constraints and indexes, the store's own schema files), then the data as
/// <c>UNWIND [rows] AS row MERGE ...</c> statements of at most <see cref="BatchSize"/> rows. The data statements are the
/// store's own write statements with the row list written in place of <c>$rows</c>, so a database loaded this way is one
/// the Neo4j store reads as it would have written it.
/// </summary>
public static class CypherScript
{
    public const int BatchSize = 500;

    private const string RowsParameter = "$rows";

    public static async Task WriteAsync(IGraphExporter store, TextWriter output, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        await output.WriteLineAsync("// Graph export for Neo4j: run against an empty database, e.g. cypher-shell -f graph.cypher").ConfigureAwait(false);
        await output.WriteLineAsync("// Schema first (every statement IF NOT EXISTS), then the data in batches.").ConfigureAwait(false);
        await foreach (var statement in Statements(store, now, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteAsync(statement.Text).ConfigureAwait(false);
            await output.WriteLineAsync(";").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The script's statements, named, in order (the lint test reads them through here).</summary>
    public static async IAsyncEnumerable<CypherStatement> Statements(
        IGraphExporter store, DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var index = 0;
        foreach (var schema in CypherCatalog.SchemaStatements)
        {
            yield return new CypherStatement($"export.schema.{++index}", schema);
        }

        yield return new CypherStatement("export.awaitIndexes", CypherCatalog.AwaitIndexes);
        await foreach (var statement in Batched("export.documents", store.ReadAllDocumentsAsync(cancellationToken), _ => CypherCatalog.MergeDocuments,
                           d => Rows.Document(d, now)).ConfigureAwait(false))
        {
            yield return statement;
        }

        await foreach (var statement in Batched("export.entities", store.ReadAllEntitiesAsync(cancellationToken), e => CypherCatalog.MergeEntities(e.Kind),
                           Rows.Entity).ConfigureAwait(false))
        {
            yield return statement;
        }

        await foreach (var statement in Batched("export.relations", store.ReadAllRelationsAsync(cancellationToken), r => CypherCatalog.MergeRelations(r.Type),
                           Rows.Relation).ConfigureAwait(false))
        {
            yield return statement;
        }

        await foreach (var statement in Batched("export.observations", store.ReadAllObservationsAsync(cancellationToken),
                           _ => CypherCatalog.MergeObservations, Rows.Observation).ConfigureAwait(false))
        {
            yield return statement;
        }

        await foreach (var statement in Batched("export.mentions", store.ReadAllMentionsAsync(cancellationToken), _ => CypherCatalog.MergeMentions,
                           Rows.Mention).ConfigureAwait(false))
        {
            yield return statement;
        }
    }

    /// <summary>Groups consecutive items that share a statement (same kind or type) into batches.</summary>
    private static async IAsyncEnumerable<CypherStatement> Batched<T>(
        string name, IAsyncEnumerable<T> items, Func<T, string> statementOf, Func<T, Dictionary<string, object?>> rowOf)
    {
        var batches = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var number = 0;
        await foreach (var item in items.ConfigureAwait(false))
        {
            var statement = statementOf(item);
            if (!batches.TryGetValue(statement, out var rows))
            {
                batches[statement] = rows = [];
            }

            rows.Add(rowOf(item));
            if (rows.Count == BatchSize)
            {
                yield return Render($"{name}.{++number}", statement, rows);
                rows.Clear();
            }
        }

        foreach (var (statement, rows) in batches.Where(b => b.Value.Count > 0))
        {
            yield return Render($"{name}.{++number}", statement, rows);
        }
    }

    private static CypherStatement Render(string name, string statement, List<Dictionary<string, object?>> rows)
    {
        var literal = new StringBuilder();
        CypherLiteral.Write(literal, rows);
        var at = statement.IndexOf(RowsParameter, StringComparison.Ordinal);
        return new CypherStatement(name, string.Concat(statement.AsSpan(0, at), literal.ToString(), statement.AsSpan(at + RowsParameter.Length)));
    }
}
