using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Faults;

/// <summary>The store's log messages: start-up without a server, and the moment the server answers again.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Error,
        Message = "Neo4j at {Uri} could not be reached at start-up; starting without it. Every store call and health check " +
                  "reports it unavailable until it answers, and the schema is applied on first contact.")]
    public static partial void UnreachableAtStart(ILogger logger, string uri, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Neo4j at {Uri} answers; the schema is applied.")]
    public static partial void SchemaApplied(ILogger logger, string uri);
}
