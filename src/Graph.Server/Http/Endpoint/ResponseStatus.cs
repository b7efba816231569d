using Graph.GraphQL;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// The error and status mapping of an executed request (spec section "Status Codes"): application/json is always 200;
/// under application/graphql-response+json a request error (parse, validation, variable coercion, cost) means the
/// operation never ran, 400; an operation that timed out without data is 504; one the store could not serve, 503.
/// The errors are classified once, by the GraphQL layer's <see cref="GraphErrorInfoProvider"/>.
/// </summary>
internal static class ResponseStatus
{
    public static int Of(ExecutionResult result, string mediaType)
    {
        if (mediaType != MediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Data is null && result.Errors?.Any(e => e is global::GraphQL.Execution.TimeoutError) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        if (result.Data is null && result.Errors?.Any(e => GraphErrorInfoProvider.CodeOf(e) == ErrorCodes.Unavailable) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
