namespace Graph.Domain.Store;

/// <summary>Start-up and health of a store.</summary>
public interface IGraphStoreLifecycle
{
    /// <summary>Creates the schema if needed. Idempotent; called once at start-up before any other method.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="GraphStoreUnavailableException"/> when the store cannot be reached or read.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken = default);
}
