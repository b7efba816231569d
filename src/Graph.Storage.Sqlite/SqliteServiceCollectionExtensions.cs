using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store as the application's <see cref="IGraphStore"/>.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton backed by SQLite. Options may also be bound from configuration by the
    /// host (<c>services.AddOptions&lt;SqliteGraphStoreOptions&gt;().BindConfiguration(...)</c>). The container disposes the store.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(
        this IServiceCollection services, Action<SqliteGraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteGraphStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "SqliteGraphStoreOptions.DatabasePath must name a file.")
            .Validate(o => o.BusyTimeout >= TimeSpan.Zero, "SqliteGraphStoreOptions.BusyTimeout must not be negative.")
            .ValidateOnStart();

        services.TryAddSingleton(provider =>
            SqliteGraphStoreFactory.Create(provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value));
        return services;
    }
}
