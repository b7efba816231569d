using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    public static TheoryData<string> Operations { get; } =
    [
        "upsert", "entities", "list", "relations", "relationsById", "steps", "among", "neighborhood", "path", "observations",
        "observationsById", "search", "mentions", "documents", "statistics", "health", "allEntities", "allRelations",
        "allObservations", "allMentions", "allDocuments",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_honours_a_cancelled_token(string operation)
    {
        await SeedAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(operation, cancellation.Token));
    }

    private Task Run(string operation, CancellationToken cancellationToken) => operation switch
    {
        "upsert" => Store.UpsertAsync(FollowUp("取消"), cancellationToken),
        "entities" => Store.GetEntitiesAsync([SampleGraph.Dalian.Id], cancellationToken),
        "list" => Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10), cancellationToken),
        "relations" => Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 10), cancellationToken),
        "relationsById" => Store.GetRelationsByIdAsync([SampleGraph.PortInDalian.Id], cancellationToken),
        "steps" => Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both), cancellationToken),
        "among" => Store.GetRelationsAmongAsync([SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id], null, cancellationToken),
        "neighborhood" => NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 10), cancellationToken),
        "path" => ShortestPathAsync(new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 5), cancellationToken),
        "observations" => Store.GetObservationsAsync(new ObservationQuery(10), cancellationToken),
        "observationsById" => Store.GetObservationsByIdAsync([SampleGraph.DalianGdp2024.Id], cancellationToken),
        "search" => Store.SearchAsync(new SearchQuery("大连", 10), cancellationToken),
        "mentions" => Store.GetMentionsAsync([SampleGraph.Dalian.Id.Value], cancellationToken),
        "documents" => Store.GetDocumentsAsync([SampleDocument.Hash], cancellationToken),
        "statistics" => Store.GetStatisticsAsync(cancellationToken),
        "health" => Store.CheckHealthAsync(cancellationToken),
        "allEntities" => Drain(Store.ReadAllEntitiesAsync(cancellationToken)),
        "allRelations" => Drain(Store.ReadAllRelationsAsync(cancellationToken)),
        "allObservations" => Drain(Store.ReadAllObservationsAsync(cancellationToken)),
        "allMentions" => Drain(Store.ReadAllMentionsAsync(cancellationToken)),
        "allDocuments" => Drain(Store.ReadAllDocumentsAsync(cancellationToken)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static async Task Drain<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var _ in source)
        {
        }
    }
}
