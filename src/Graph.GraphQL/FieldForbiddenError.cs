using GraphQL;

namespace Graph.GraphQL;

/// <summary>
/// A field the caller's role does not open (the rest of the operation still runs): UNAUTHENTICATED for an anonymous
/// caller, FORBIDDEN for one whose role is too weak.
/// </summary>
internal sealed class FieldForbiddenError : ExecutionError
{
    public FieldForbiddenError(string message, bool authenticated)
        : base(message)
    {
        Code = authenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated;
    }
}
