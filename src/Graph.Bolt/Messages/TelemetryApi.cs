namespace Graph.Bolt.Messages;

/// <summary>The API values of TELEMETRY.</summary>
internal enum TelemetryApi
{
    ManagedTransaction = 0,
    ExplicitTransaction = 1,
    AutoCommitTransaction = 2,
    ExecuteQuery = 3,
}
