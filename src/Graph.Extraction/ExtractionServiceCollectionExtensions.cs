using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDocumentExtractor"/> as a singleton (it is thread-safe and holds only read-only gazetteers).</summary>
    public static IServiceCollection AddGraphExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => DocumentExtractorFactory.Create());
        return services;
    }
}
