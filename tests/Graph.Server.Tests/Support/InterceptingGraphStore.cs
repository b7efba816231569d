using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Passes every call to the real store after <see cref="BeforeAsync"/> has seen it: the one place test decorators
/// (counting, fault injection) hook into, so each of them states only what it adds. Start-up and export streams pass
/// straight through.
/// </summary>
public abstract class InterceptingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    public override Task InitializeAsync(CancellationToken cancellationToken = default) => Inner.InitializeAsync(cancellationToken);

    /// <summary>Sees each call, by operation name, before the real store does.</summary>
    protected abstract Task BeforeAsync(string operation, CancellationToken cancellationToken);

    protected override async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        await BeforeAsync(operation, cancellationToken);
        return await call(cancellationToken);
    }

    protected override async Task InvokeAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        await BeforeAsync(operation, cancellationToken);
        await call(cancellationToken);
    }
}
