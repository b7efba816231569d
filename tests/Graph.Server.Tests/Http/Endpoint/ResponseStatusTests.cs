using Graph.Domain.Store;
using Graph.Server.Http;
using Graph.Server.Http.Endpoint;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Server.Tests.Http.Endpoint;

/// <summary>The status mapping on its own (GraphQL over HTTP, "Status Codes"), reading the GraphQL layer's error codes.</summary>
public sealed class ResponseStatusTests
{
    [Fact]
    public void Application_json_is_always_200()
    {
        var failed = new ExecutionResult { Executed = false, Errors = [new ExecutionError("bad")] };

        Assert.Equal(200, ResponseStatus.Of(failed, MediaTypes.Json));
    }

    [Fact]
    public void A_request_that_never_executed_is_400_and_one_that_did_is_200()
    {
        var refused = new ExecutionResult { Executed = false, Errors = [new ExecutionError("bad")] };
        var ran = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?>(), Errors = [new ExecutionError("partial")] };

        Assert.Equal(400, ResponseStatus.Of(refused, MediaTypes.GraphQLResponse));
        Assert.Equal(200, ResponseStatus.Of(ran, MediaTypes.GraphQLResponse));
    }

    [Fact]
    public void A_store_that_is_unavailable_without_data_is_503_through_the_GraphQL_layers_error_code()
    {
        var unavailable = new UnhandledError("store down", new GraphStoreUnavailableException("the store is down"));
        var result = new ExecutionResult { Executed = true, Errors = [unavailable] };
        var partial = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?>(), Errors = [unavailable] };

        Assert.Equal(503, ResponseStatus.Of(result, MediaTypes.GraphQLResponse));
        Assert.Equal(200, ResponseStatus.Of(partial, MediaTypes.GraphQLResponse));
    }

    [Fact]
    public void An_operation_that_timed_out_without_data_is_504()
    {
        var result = new ExecutionResult { Executed = true, Errors = [new TimeoutError()] };

        Assert.Equal(504, ResponseStatus.Of(result, MediaTypes.GraphQLResponse));
    }
}
