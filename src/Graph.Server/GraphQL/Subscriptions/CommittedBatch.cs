using Graph.Domain.Model;
using Graph.Server.Ingestion;

namespace Graph.Server.GraphQL.Subscriptions;

/// <summary>A document's facts after the store committed them: what subscriptions are fed from.</summary>
internal sealed record CommittedBatch(IngestionOutcome Outcome, GraphBatch Batch);
