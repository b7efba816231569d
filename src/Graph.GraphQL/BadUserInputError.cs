using GraphQL;

namespace Graph.GraphQL;

/// <summary>An argument the client got wrong; the message is safe to show.</summary>
internal sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string message)
        : base(message)
    {
        Code = ErrorCodes.BadUserInput;
    }
}
