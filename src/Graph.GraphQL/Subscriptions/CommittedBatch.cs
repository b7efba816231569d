using Graph.Domain.Model;
using Graph.GraphQL.Ingestion;

namespace Graph.GraphQL.Subscriptions;

/// <summary>A document's facts after the store committed them: what subscriptions are fed from.</summary>
internal sealed record CommittedBatch(IngestionOutcome Outcome, GraphBatch Batch);
