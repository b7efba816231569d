using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>A document refused during validation because it would cost too much to check or to run (LIMIT_EXCEEDED).</summary>
internal sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(ValidationContext context, string message, params ASTNode[] nodes)
        : base(context.Document.Source, null, message, nodes)
    {
        Code = ErrorCodes.LimitExceeded;
    }
}
