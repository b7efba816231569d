using GraphQL.Types;

namespace Graph.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with a global ID that <c>node(id)</c> can refetch.</summary>
internal sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID that `node(id:)` resolves.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID.");
    }
}
