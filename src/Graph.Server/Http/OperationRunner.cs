using System.Security.Claims;
using Graph.GraphQL;
using Graph.GraphQL.Validation;
using Graph.Server.Http.Analysis;
using Graph.Server.Telemetry;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http;

/// <summary>
/// Runs an admitted operation with the service's execution settings (deadline, validation rules with the cost check,
/// error logging) and records its telemetry; shared by every transport. A subscription's result carries its stream in
/// <see cref="ExecutionResult.Streams"/>.
/// </summary>
internal sealed class OperationRunner(IDocumentExecuter executer, ISchema schema, ExecutionOptionsConfigurator configurator)
{
    private const int MaxReportedErrors = ValidationGuardRule.MaxErrors;

    public async Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLHttpRequest request,
        OperationAnalysis? analysis,
        IServiceProvider services,
        ClaimsPrincipal user,
        TimeSpan remaining,
        CancellationToken cancellationToken)
    {
        var operationType = analysis?.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        using var activity = GraphTelemetry.Source.StartActivity($"graphql {operationType} {analysis?.OperationName}".TrimEnd());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        GraphUserContext? userContext = null;
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Document = analysis?.Document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = services;
            options.CancellationToken = cancellationToken;
            options.User = user;
            configurator.Configure(options, context, remaining);
            userContext = options.UserContext as GraphUserContext;
        }).ConfigureAwait(false);
        LeaveOutExcessErrors(result);

        var cost = userContext?.Cost;
        var tags = new System.Diagnostics.TagList { { "graphql.operation.type", operationType }, { "graphql.errors", result.Errors?.Count > 0 } };
        GraphTelemetry.OperationDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        if (cost is { } estimated)
        {
            GraphTelemetry.OperationCost.Record(estimated, tags);
        }

        activity?.SetTag("graphql.operation.name", analysis?.OperationName);
        activity?.SetTag("graphql.operation.cost", cost);
        return result;
    }

    /// <summary>
    /// A document that fails validation reports its first errors only (a document can hold thousands of mistakes);
    /// validation itself stops early (<see cref="ValidationGuardRule"/>) and hands over the ones it found.
    /// </summary>
    private static void LeaveOutExcessErrors(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var stopped = errors.OfType<TooManyErrorsError>().FirstOrDefault();
        if (stopped is null && errors.Count <= MaxReportedErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in stopped?.First ?? errors.Take(MaxReportedErrors))
        {
            kept.Add(error);
        }

        kept.Add(new global::GraphQL.Validation.ValidationError($"More errors were left out: at most {MaxReportedErrors} are reported."));
        result.Errors = kept;
    }
}
