using Graph.Analytics.Impact;
using Graph.Analytics.Paths;
using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relations;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>
/// The analysts' fields: <c>policyImpact</c>, <c>paths</c>, <c>connection</c> here; <c>series</c>, <c>compare</c>,
/// <c>timeline</c> and <c>facets</c> in the other parts. Each passes the request's cancellation token to Graph.Analytics.
/// </summary>
internal static partial class AnalyticsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        AddPolicyImpact(query);
        AddPaths(query);
        AddConnection(query);
        AddSeries(query);
        AddCompare(query);
        AddTimeline(query);
        AddFacets(query);
    }

    private static void AddPolicyImpact(ObjectGraphType query) =>
        query.Field<PolicyImpactGraphType>("policyImpact")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "What a policy touches: chains along ISSUED_BY, TARGETS, AFFECTS and IMPLEMENTS (and back along IMPLEMENTS to who carries " +
                "it out), ending where they can at the place what they touch sits in (LOCATED_IN), each with its polarity, the evidence " +
                "of every link and the figures of what it reaches, ranked by length and support; null when the policy does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("policy")
            .Argument<NonNullGraphType<IntGraphType>>("maxDepth", a => a.DefaultValue = 3)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Argument<NonNullGraphType<IntGraphType>>("observationsPerEntity", a => a.DefaultValue = 5)
            .IncludeMentionsArgument()
            .ResolveAsync(async c =>
            {
                var analytics = c.Analytics();
                var impactQuery = new PolicyImpactQuery(
                    EntityIds.Decode(c.GetArgument<string>("policy"), EntityKind.Policy),
                    c.Bounded("maxDepth", 1, analytics.Options.MaxImpactDepth),
                    c.Results(),
                    c.Bounded("observationsPerEntity", 0, EntityFields.DefaultFirst),
                    c.IncludeMentions());
                return await analytics.PolicyImpactAsync(impactQuery, c.CancellationToken).ConfigureAwait(false);
            });

    private static void AddPaths(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PathSetGraphType>>("paths")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "Several simple paths between two entities, ignoring direction: every shortest one first, then those one link longer. " +
                "Hubs are crossed with a bounded fan-out.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<NonNullGraphType<IntGraphType>>("maxLength", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("relationTypes", "Follow only these types.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 5)
            .IncludeMentionsArgument()
            .ResolveAsync(async c =>
            {
                var analytics = c.Analytics();
                var pathsQuery = new PathsQuery(
                    EntityIds.Decode(c.GetArgument<string>("from")),
                    EntityIds.Decode(c.GetArgument<string>("to")),
                    c.Bounded("maxLength", 1, analytics.Options.MaxPathLength),
                    c.Results(),
                    c.TraversalTypes());
                return await analytics.PathsAsync(pathsQuery, c.CancellationToken).ConfigureAwait(false);
            });

    private static void AddConnection(ObjectGraphType query) =>
        query.Field<ConnectionExplanationGraphType>("connection")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "How two entities are linked: direct relations, shared neighbors and shared events over semantic relations (every " +
                "relation with `includeMentions`), and co-mention, the articles that mention both, in `sharedArticles`; null when " +
                "either does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("a")
            .Argument<NonNullGraphType<IdGraphType>>("b")
            .Argument<NonNullGraphType<IntGraphType>>(
                "first", "At most this many of each kind of shared entity.", a => a.DefaultValue = EntityFields.DefaultFirst)
            .IncludeMentionsArgument()
            .ResolveAsync(async c =>
            {
                var a = EntityIds.Decode(c.GetArgument<string>("a"));
                var b = EntityIds.Decode(c.GetArgument<string>("b"));
                return await c.Analytics().ConnectionAsync(a, b, c.Results(), c.CancellationToken, c.IncludeMentions()).ConfigureAwait(false);
            });
}
