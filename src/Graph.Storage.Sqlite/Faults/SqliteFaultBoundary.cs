using System.Runtime.CompilerServices;
using Graph.Domain.Store;

namespace Graph.Storage.Sqlite.Faults;

/// <summary>
/// The edge of the embedded store: every call, and every step of an export stream, has its SQLite failures turned into
/// the domain's exceptions (<see cref="SqliteFaults"/>), so no caller needs to know SQLite.
/// </summary>
internal sealed class SqliteFaultBoundary(SqliteGraphStore inner) : DelegatingGraphStore(inner)
{
    protected override async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (SqliteFaults.Translate(exception, inner.DatabasePath, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    protected override async Task InvokeAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (SqliteFaults.Translate(exception, inner.DatabasePath, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    protected override IAsyncEnumerable<T> Stream<T>(
        string operation, Func<CancellationToken, IAsyncEnumerable<T>> call, CancellationToken cancellationToken) =>
        TranslateAsync(call, cancellationToken);

    private async IAsyncEnumerable<T> TranslateAsync<T>(
        Func<CancellationToken, IAsyncEnumerable<T>> call, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = call(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (true)
            {
                // C# allows no yield inside a try with a catch, so each step is taken inside one and the row yielded outside.
                try
                {
                    if (!await rows.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception exception) when (SqliteFaults.Translate(exception, inner.DatabasePath, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                yield return rows.Current;
            }
        }
    }
}
