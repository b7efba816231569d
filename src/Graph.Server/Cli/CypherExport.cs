using System.Text;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Export;

namespace Graph.Server.Cli;

/// <summary>
/// <c>export --format cypher</c>: a script that loads the whole graph into an empty Neo4j database (schema first, then
/// batched <c>UNWIND [...] AS row MERGE ...</c> statements), for moving from the embedded store to Neo4j:
/// <c>cypher-shell -u neo4j -p … -f graph.cypher</c>.
/// </summary>
internal static class CypherExport
{
    public static async Task WriteAsync(IGraphExporter store, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await CypherScript.WriteAsync(store, writer, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
