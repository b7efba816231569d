using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.ContractTests;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// The store contract against the Neo4j server named by NEO4J_URI; each test starts from an emptied database (the
/// schema stays). Without NEO4J_URI every test is reported as skipped (see <see cref="Neo4jTestFramework"/>).
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = Neo4jEnvironment.Options();
        await using (var driver = BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), new BoltDriverOptions { Database = options.Database }))
        {
            await (await driver.RunAsync(CypherCatalog.DeleteEverything)).ConsumeAsync();
        }

        return Neo4jGraphStoreFactory.Create(options);
    }
}
