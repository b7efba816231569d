using System.Diagnostics;
using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Bench.Synthetic;

/// <summary>
/// Writes a synthetic graph through the store's normal write path, <see cref="IGraphWriter.UpsertAsync"/>, in large batches:
/// first every entity, then relations (with evidence for the policy links), then observations. Each batch is one
/// synthetic document, so every mention has a real document to point into.
/// </summary>
internal sealed class SyntheticGraphLoader(
    IGraphStore store,
    int seed,
    TextWriter log,
    int relationsPerBatch = SyntheticGraphLoader.RelationsPerBatch,
    bool relationsInOneBatch = true)
{
    public const int EntitiesPerBatch = 50_000;
    // Large batches: a commit writes every page the batch dirtied, and random-key inserts dirty pages all over the
    // relation B-trees, so 46 batches of 100,000 wrote those trees out 46 times (281 s at 1M) where 5 batches take 162 s.
    public const int RelationsPerBatch = 1_000_000;
    public const int ObservationsPerBatch = 50_000;
    private const int DocumentLength = 10_000_000;

    private int _batchNo;

    public async Task<LoadReport> LoadAsync(SyntheticGraph graph, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        foreach (var chunk in graph.Entities.Chunk(EntitiesPerBatch))
        {
            await WriteAsync(NewBatch(chunk, [], [], []), cancellationToken).ConfigureAwait(false);
        }

        var entitySeconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"entities: {graph.Entities.Count:N0} in {entitySeconds:F1} s ({Cpu()})");

        watch.Restart();
        var relations = 0L;
        var mentions = 0L;
        var random = new Random(seed + 3);
        var articles = graph.Of(EntityKind.Article);
        // Each slice of relationsPerBatch keeps a synthetic document of its own for its evidence, as when every slice was a
        // batch (`--relation-batches`); by default the slices' documents are written first (document rows only) and every
        // relation goes in in one batch, so the store fills the relation table in key order and builds its indexes once from
        // it (DeferredIndexes) instead of inserting into three B-trees at random. The stored graph is the same either way.
        var slices = new List<(DocumentInfo Document, Relation[] Relations, List<Mention> Evidence)>();
        foreach (var chunk in new RelationGenerator(graph, seed).Generate().Chunk(relationsPerBatch))
        {
            var document = NextDocument();
            var evidence = chunk.Where(RelationGenerator.NeedsEvidence)
                .Select(r => new Mention(
                    r.Id.Value, articles[random.Next(articles.Count)].Id, document.Hash,
                    new TextSpan(random.Next(DocumentLength - 100), 10 + random.Next(60))))
                .ToList();
            if (relationsInOneBatch)
            {
                slices.Add((document, chunk, evidence));
            }
            else
            {
                await WriteAsync(new GraphBatch(document, [], chunk, [], evidence), cancellationToken).ConfigureAwait(false);
            }

            relations += chunk.Length;
            mentions += evidence.Count;
        }

        if (slices.Count > 0)
        {
            foreach (var slice in slices.Skip(1))
            {
                await WriteAsync(new GraphBatch(slice.Document, [], [], [], []), cancellationToken).ConfigureAwait(false);
            }

            await WriteAsync(
                new GraphBatch(slices[0].Document, [], [.. slices.SelectMany(s => s.Relations)], [], [.. slices.SelectMany(s => s.Evidence)]),
                cancellationToken).ConfigureAwait(false);
            slices.Clear();
        }

        var relationSeconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"relations: {relations:N0} (+{mentions:N0} evidence spans) in {relationSeconds:F1} s ({Cpu()})");

        watch.Restart();
        var observations = 0L;
        foreach (var chunk in new ObservationGenerator(graph, seed).Generate(graph.Entities.Count / 2).Chunk(ObservationsPerBatch))
        {
            await WriteAsync(NewBatch([], [], chunk, []), cancellationToken).ConfigureAwait(false);
            observations += chunk.Length;
        }

        var observationSeconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"observations: {observations:N0} in {observationSeconds:F1} s ({Cpu()})");
        return new LoadReport(
            graph.Entities.Count, relations, observations, mentions, entitySeconds, relationSeconds, observationSeconds,
            total.Elapsed.TotalSeconds);
    }

    // Wall time suffers when other work shares the machine's two cores; the process's CPU time says what the load itself cost.
    private static string Cpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return $"process CPU so far {process.TotalProcessorTime.TotalSeconds:F1} s";
    }

    private Task<UpsertResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        store.UpsertAsync(batch, cancellationToken);

    private GraphBatch NewBatch(
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relation> relations,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<Mention> mentions) =>
        new(NextDocument(), entities, relations, observations, mentions);

    private DocumentInfo NextDocument()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}-{_batchNo++:D5}.txt");
        return new DocumentInfo(StableIds.DocumentHash(name), name, name, "synthetic", new DateOnly(2025, 1, 1), DocumentLength);
    }
}
