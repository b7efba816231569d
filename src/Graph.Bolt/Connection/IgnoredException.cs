namespace Graph.Bolt.Connection;

/// <summary>The server answered IGNORED: an earlier request in the pipeline failed and the connection awaits RESET.</summary>
internal sealed class IgnoredException() : Exception("The server ignored the request after an earlier failure.");
