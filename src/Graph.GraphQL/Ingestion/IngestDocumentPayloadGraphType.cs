using Graph.GraphQL.Entities;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Ingestion;
using GraphQL.Types;

namespace Graph.GraphQL.Ingestion;

/// <summary>What <c>ingestDocument</c> created and updated.</summary>
internal sealed class IngestDocumentPayloadGraphType : ObjectGraphType<IngestionOutcome>
{
    public IngestDocumentPayloadGraphType()
    {
        Name = "IngestDocumentPayload";
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<BooleanGraphType>>("alreadyIngested")
            .Description("True when this exact text had been ingested before; then nothing changes.")
            .Resolve(c => c.Source.Result.DocumentAlreadyKnown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("created")
            .Description("Entities that did not exist before.")
            .Resolve(c => c.Loaders().Entities.LoadManyPresent(c.Source.Result.CreatedEntities));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("updated")
            .Description("Existing entities that gained an alias, subtype, date or attribute.")
            .Resolve(c => c.Loaders().Entities.LoadManyPresent(c.Source.Result.UpdatedEntities));
        Field<NonNullGraphType<IntGraphType>>("replacedVersions")
            .Description("Earlier versions of this document (same title, other text) whose facts were replaced.")
            .Resolve(c => c.Source.Result.DocumentsReplaced);
        Field<NonNullGraphType<IntGraphType>>("entitiesFound").Resolve(c => c.Source.EntitiesFound);
        Field<NonNullGraphType<IntGraphType>>("observationsFound").Resolve(c => c.Source.ObservationsFound);
        Field<NonNullGraphType<IntGraphType>>("relationsCreated").Resolve(c => c.Source.Result.RelationsCreated);
        Field<NonNullGraphType<IntGraphType>>("observationsCreated").Resolve(c => c.Source.Result.ObservationsCreated);
    }
}
