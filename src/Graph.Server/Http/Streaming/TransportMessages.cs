using System.Text.Json;
using GraphQL;

namespace Graph.Server.Http.Streaming;

/// <summary>The server's messages of graphql-transport-ws (enisdenjo/graphql-ws, PROTOCOL.md, "Message types").</summary>
internal static class TransportMessages
{
    public const string ConnectionAck = """{"type":"connection_ack"}""";
    public const string Pong = """{"type":"pong"}""";

    public static string Next(string id, string resultJson) => $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"next","payload":{{resultJson}}}""";

    public static string Complete(string id) => $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""";

    /// <summary>An <c>error</c> message: its payload is the list of GraphQL errors, not a whole result.</summary>
    public static string Error(string id, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"error","payload":{{errors}}}""";
    }
}
