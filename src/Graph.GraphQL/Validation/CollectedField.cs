using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>A field of a selection set once fragments are expanded, with the type it is selected on and its definition (null when unknown).</summary>
internal sealed record CollectedField(GraphQLField Node, IGraphType? Parent, FieldType? Definition);
