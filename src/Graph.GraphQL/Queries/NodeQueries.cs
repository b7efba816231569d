using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relations;
using Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>Relay's <c>node(id)</c> and <c>nodes(ids)</c>.</summary>
internal static class NodeQueries
{
    private const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Refetches any object by its global ID; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description("Refetches several objects by global ID, in the order given; null for each that does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new BadUserInputError($"'ids' may hold at most {MaxIds} IDs; it held {ids.Count}.");
                }

                return new NodeList(ids.Select(id => Load(c, id)).ToList());
            });
    }

    private static IDataLoaderResult Load(IResolveFieldContext context, string globalId)
    {
        // An ID that decodes but names no object is a miss (null), like an unknown entity; garbage is an input error.
        var (typeName, localId) = GlobalId.Decode(globalId);
        var loaders = context.Loaders();
        return typeName switch
        {
            RelationGraphType.TypeName => loaders.RelationsById.Load(new RelationId(localId)),
            ObservationGraphType.TypeName => loaders.ObservationsById.Load(new ObservationId(localId)),
            DocumentGraphType.TypeName => loaders.Documents.Load(localId),
            _ when Enum.TryParse<EntityKind>(typeName, ignoreCase: false, out var kind) =>
                loaders.Entities.Load(new EntityId(localId)).Select(e => e?.Kind == kind ? e : null),
            _ => throw new BadUserInputError($"'{globalId}' is not a valid ID."),
        };
    }

    /// <summary>Many loader results completed as one list.</summary>
    private sealed class NodeList(List<IDataLoaderResult> parts) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                var value = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
                values[i] = value;
            }

            return values;
        }
    }
}
