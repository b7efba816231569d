using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Writing;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>Locks that lose a race with a deletion: the unit of work runs again rather than failing with a client error.</summary>
public sealed partial class Neo4jGraphStoreFaultTests
{
    private const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";

    [Fact]
    public async Task A_batch_whose_locked_entity_was_deleted_by_the_transaction_it_waited_for_runs_again_and_commits()
    {
        // A concurrent replacement deleted the entity as an orphan while this batch waited for its lock: the server says
        // "not found". The rerun's MERGE then finds no node and creates the entity afresh.
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        Query(script, CypherCatalog.DocumentExists);
        script.Expect("RUN", f => Assert.Equal(CypherCatalog.LockEntities, f[0])).Expect("PULL")
            .Failure(EntityNotFound, "Node with id 7 has been deleted in this transaction").Ignored()
            .Expect("RESET").Success();
        var clock = new FastForwardClock();
        await using var server = StubServer.Start(WholeBatch(script).Goodbye());
        await using (var store = Store(server.Uri(), clock: clock))
        {
            await store.InitializeAsync();

            var result = await store.UpsertAsync(DalianBatch);

            Assert.Equal([Dalian.Id], result.CreatedEntities);
            Assert.Single(clock.Pauses);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_replacement_whose_orphan_candidate_was_deleted_meanwhile_runs_again()
    {
        // Two replacements found the same orphan; the one that waited for the other's lock finds the node gone.
        const string oldHash = "0ld0ld";
        var script = StartUp(new Script().Login());
        for (var attempt = 0; attempt < 2; attempt++)
        {
            script.Expect("BEGIN").Success();
            script.Expect("RUN", f => Assert.Equal(CypherCatalog.EarlierDocumentVersions, f[0])).Expect("PULL").Fields("hash").Record(oldHash).Done();
            Query(script, CypherCatalog.ArticlesNamingDocument);
            script.Expect("RUN").Expect("PULL").Fields("articles", "targets").Record(new List<object?>(), new List<object?> { "place_gone" }).Done();
            script.Expect("RUN").Expect("PULL").Fields("ids").Record(new List<object?>()).Done();
            script.Expect("RUN").Expect("PULL").Fields("ids").Record(new List<object?>()).Done();
            Query(script, CypherCatalog.DeleteUnmentionedRelations);
            Query(script, CypherCatalog.DeleteDocument);
            if (attempt == 0)
            {
                script.Expect("RUN", f => Assert.Equal(CypherCatalog.DeleteOrphanEntities, f[0])).Expect("PULL")
                    .Failure(EntityNotFound, "Node with id 7 has been deleted in this transaction").Ignored()
                    .Expect("RESET").Success();
            }
            else
            {
                Query(script, CypherCatalog.DeleteOrphanEntities);
            }
        }

        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place));
        var clock = new FastForwardClock();
        await using var server = StubServer.Start(script.Expect("COMMIT").Success().Goodbye());
        await using (var store = Store(server.Uri(), clock: clock))
        {
            await store.InitializeAsync();

            var result = await store.ReplaceDocumentAsync(DalianBatch);

            Assert.Equal(1, result.DocumentsReplaced);
            Assert.Single(clock.Pauses);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public void Only_a_node_not_found_is_taken_for_a_lost_race_with_a_deletion()
    {
        Assert.True(ConcurrentDeletion.Is(new Bolt.ClientException(EntityNotFound, "gone")));
        Assert.False(ConcurrentDeletion.Is(new Bolt.ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "exists")));
        Assert.True(ConcurrentDeletion.Retryable(new Bolt.ClientException(EntityNotFound, "gone")).IsRetryable);
    }
}
