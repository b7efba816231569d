using Graph.Domain.Store;
using Graph.Storage.ContractTests;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// The store contract against the Neo4j server named by NEO4J_URI; each test starts from an emptied database (the
/// schema stays). Without NEO4J_URI every test is reported as skipped (see <see cref="Neo4jTestFramework"/>).
/// </summary>
[Collection(Neo4jEnvironment.DatabaseCollection)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => Neo4jEnvironment.CreateEmptyStoreAsync();

    protected override Task<IGraphStore> CreateStoreKeepingNoTextAsync() => Neo4jEnvironment.CreateEmptyStoreAsync(keepText: false);
}
