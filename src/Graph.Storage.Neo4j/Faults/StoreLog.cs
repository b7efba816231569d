using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Faults;

/// <summary>The store's log messages: start-up without a server, the schema's progress, and its setbacks.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Error,
        Message = "Neo4j at {Uri} could not be reached at start-up; starting without it. Every store call and health check " +
                  "reports it unavailable until the schema is applied, which is retried in the background.")]
    public static partial void UnreachableAtStart(ILogger logger, string uri, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Neo4j at {Uri} answers; the schema is applied.")]
    public static partial void SchemaApplied(ILogger logger, string uri);

    [LoggerMessage(
        EventId = 3, Level = LogLevel.Warning, Message = "Neo4j at {Uri}: the schema could not be applied yet ({Reason}); retrying in the background.")]
    public static partial void SchemaNotApplied(ILogger logger, string uri, string reason, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Neo4j at {Uri}: every index is online.")]
    public static partial void IndexesOnline(ILogger logger, string uri);

    [LoggerMessage(
        EventId = 5, Level = LogLevel.Warning,
        Message = "Neo4j at {Uri}: the indexes are not all online yet ({Reason}); reads work meanwhile, searches may be slow.")]
    public static partial void IndexesNotOnline(ILogger logger, string uri, string reason, Exception exception);

    [LoggerMessage(
        EventId = 6, Level = LogLevel.Warning,
        Message = "Neo4j at {Uri}: pinyin sort keys of entities written before they existed are not all set yet ({Reason}); " +
                  "the next start continues; until then NAME_PINYIN_* lists may place those entities last or skip them.")]
    public static partial void NameKeysIncomplete(ILogger logger, string uri, string reason, Exception exception);
}
