using Graph.Bolt;
using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>Pieces of the store's conversations that many scripts share.</summary>
internal static class StoreScripts
{
    /// <summary>Start-up: each schema statement in its own auto-commit query, then the wait for the indexes.</summary>
    public static Script StartUp(Script script)
    {
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL").Fields().Done();
        }

        return script;
    }

    /// <summary>An entity as the server returns it: a node with the properties the store writes.</summary>
    public static BoltNode Node(Entity entity) => new(1, ["Entity", entity.Kind.ToString()], Rows.Entity(entity), "4:graph:1");
}
