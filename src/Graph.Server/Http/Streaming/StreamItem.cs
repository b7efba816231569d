using GraphQL;

namespace Graph.Server.Http.Streaming;

/// <summary>What a subscription's response stream delivers to a transport: a result, or the end (with an error when it failed).</summary>
internal sealed record StreamItem(ExecutionResult? Result, bool Completed = false, Exception? Error = null);
