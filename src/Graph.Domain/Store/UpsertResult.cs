using Graph.Domain.Identity;

namespace Graph.Domain.Store;

/// <summary>What a batch changed. Re-applying the same batch yields empty lists and zero counts.</summary>
/// <param name="DocumentAlreadyKnown">True when the document (by hash) had been ingested before.</param>
/// <param name="CreatedEntities">Entities that did not exist.</param>
/// <param name="UpdatedEntities">Existing entities that gained an alias, subtype, date or attribute.</param>
/// <param name="DocumentsReplaced">Earlier versions of the document whose facts <see cref="IGraphWriter.ReplaceDocumentAsync"/> removed.</param>
public sealed record UpsertResult(
    bool DocumentAlreadyKnown,
    IReadOnlyList<EntityId> CreatedEntities,
    IReadOnlyList<EntityId> UpdatedEntities,
    int RelationsCreated,
    int ObservationsCreated,
    int MentionsCreated,
    int DocumentsReplaced = 0);
