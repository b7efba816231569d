using Graph.Domain.Store;
using Graph.Storage.ContractTests.Analytics;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests.Analytics;

/// <summary>
/// The analysts' queries over the Neo4j server named by NEO4J_URI, each test on an emptied database that the contract
/// fills with its sample. Without NEO4J_URI every test is reported as skipped (see <see cref="Neo4jTestFramework"/>).
/// </summary>
[Collection(Neo4jEnvironment.DatabaseCollection)]
public sealed class Neo4jAnalyticsContractTests : AnalyticsContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => Neo4jEnvironment.CreateEmptyStoreAsync();
}
