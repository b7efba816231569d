using GraphQLParser.AST;

namespace Graph.Server.Http.Analysis;

/// <summary>What the endpoint knows of a request before executing it.</summary>
/// <param name="Document">The parsed document, handed to the executor so it is parsed once.</param>
/// <param name="Operation">The operation that will run, or null when it cannot be determined (the executor then reports why).</param>
/// <param name="RootFields">Names of the operation's root fields, fragments at the root expanded.</param>
internal sealed record OperationAnalysis(GraphQLDocument Document, GraphQLOperationDefinition? Operation, IReadOnlyList<string> RootFields)
{
    public bool IsMutation => Operation?.Operation == OperationType.Mutation;

    public string? OperationName => Operation?.Name?.StringValue;
}
