using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Ingestion;

/// <summary>What ingesting one document found and changed.</summary>
/// <param name="EntitiesFound">Distinct entities extracted (new or not).</param>
/// <param name="ObservationsFound">Observations extracted (new or not).</param>
/// <param name="UnresolvedFound">Of those, the figures whose period could not be resolved (kept, period as written).</param>
public sealed record IngestionOutcome(DocumentInfo Document, UpsertResult Result, int EntitiesFound, int ObservationsFound, int UnresolvedFound = 0);
