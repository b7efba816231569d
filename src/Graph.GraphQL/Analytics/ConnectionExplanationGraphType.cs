using Graph.Analytics.Connections;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>How two entities are linked.</summary>
internal sealed class ConnectionExplanationGraphType : ObjectGraphType<ConnectionExplanation>
{
    public ConnectionExplanationGraphType()
    {
        Name = "ConnectionExplanation";
        Description =
            "How two entities are linked: directly, through shared neighbors and shared events (semantic relations unless " +
            "`includeMentions`), and by co-mention: shared articles and entities named beside each.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("a").Resolve(c => c.Source.A);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("b").Resolve(c => c.Source.B);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("direct")
            .Description("Relations between the two themselves.")
            .Resolve(c => c.Source.Direct);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedNeighborGraphType>>>>("sharedNeighbors")
            .Description("Other entities linked to both: a place, a body, an industry...")
            .Resolve(c => c.Source.SharedNeighbors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedNeighborGraphType>>>>("sharedEvents")
            .Description("Events both took part in, hosted or organized.")
            .Resolve(c => c.Source.SharedEvents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedNeighborGraphType>>>>("sharedArticles")
            .Description("Co-mention: articles that mention both (always reported here, whatever `includeMentions` says).")
            .Resolve(c => c.Source.SharedArticles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoMentionGraphType>>>>("coMentioned")
            .Description(
                "Co-mention one step removed: entities named beside `a` in one article and beside `b` in another (or the same), at most " +
                "`first`. When no semantic path joins the two, this is how the texts tie them.")
            .Resolve(c => c.Source.CoMentioned);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when one side has more relations than were read (a hub), so shared ones may be missing.")
            .Resolve(c => c.Source.Truncated);
    }
}
