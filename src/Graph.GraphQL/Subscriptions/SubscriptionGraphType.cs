using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Ingestion;
using Graph.GraphQL.Observations;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The root subscription type: live updates raised after the store commits an ingested document. Served over WebSocket
/// (graphql-transport-ws) and Server-Sent Events, never over plain GraphQL-over-HTTP.
/// </summary>
internal sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<IngestDocumentPayloadGraphType>>("documentIngested")
            .Description("Each document committed with something new (a document ingested again unchanged raises nothing).")
            .Resolve(c => c.Source)
            .ResolveStream(c => c.Service<GraphChangeFeed>().Watch(GraphChanges.Documents));
        Field<NonNullGraphType<EntityChangeGraphType>>("entityChanged")
            .Description("Each time a committed document creates, updates or mentions one of `ids` (at most Graph:Limits:MaxPageSize).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c => c.Source)
            .ResolveStream(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                var max = c.Limits().MaxPageSize;
                if (ids.Count == 0 || ids.Count > max)
                {
                    throw new BadUserInputError($"'ids' must hold between 1 and {max} IDs; it held {ids.Count}.");
                }

                IReadOnlySet<EntityId> watched = ids.Select(id => EntityIds.Decode(id)).ToHashSet();
                return c.Service<GraphChangeFeed>().Watch(batch => GraphChanges.Entities(batch, watched));
            });
        Field<NonNullGraphType<ObservationGraphType>>("observationAdded")
            .Description("Each figure a newly committed document states, of `indicator` and `subject` when given.")
            .Argument<IdGraphType>("indicator")
            .Argument<IdGraphType>("subject")
            .Resolve(c => c.Source)
            .ResolveStream(c =>
            {
                var indicator = c.GetArgument<string?>("indicator") is { } i ? EntityIds.Decode(i, EntityKind.Indicator) : (EntityId?)null;
                var subject = c.GetArgument<string?>("subject") is { } s ? EntityIds.Decode(s) : (EntityId?)null;
                return c.Service<GraphChangeFeed>().Watch(batch => GraphChanges.Observations(batch, indicator, subject));
            });
    }
}
