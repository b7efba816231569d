namespace Graph.GraphQL.Loading;

/// <summary>The batch loaders of one request (registered as scoped services).</summary>
internal sealed class GraphLoaders(
    EntityByIdLoader entities,
    RelationsByEntityIdLoader relations,
    RelationCountsByEntityIdLoader relationCounts,
    ObservationsBySubjectLoader observations,
    MentionsByTargetIdLoader mentions,
    DocumentByHashLoader documents,
    RelationByIdLoader relationsById,
    ObservationByIdLoader observationsById,
    DocumentTextByHashLoader texts)
{
    public DocumentTextByHashLoader Texts { get; } = texts;

    public EntityByIdLoader Entities { get; } = entities;

    public RelationsByEntityIdLoader Relations { get; } = relations;

    public RelationCountsByEntityIdLoader RelationCounts { get; } = relationCounts;

    public ObservationsBySubjectLoader Observations { get; } = observations;

    public MentionsByTargetIdLoader Mentions { get; } = mentions;

    public DocumentByHashLoader Documents { get; } = documents;

    public RelationByIdLoader RelationsById { get; } = relationsById;

    public ObservationByIdLoader ObservationsById { get; } = observationsById;
}
