namespace Graph.Domain.Store;

/// <summary>
/// The one store contract every backend implements (embedded SQLite, Neo4j): the four narrow views together, so a backend
/// is registered once. Callers take the view they need (<see cref="IGraphReader"/>, <see cref="IGraphWriter"/>,
/// <see cref="IGraphExporter"/>, <see cref="IGraphStoreLifecycle"/>, <see cref="IDocumentTextReader"/>); decorators derive from <see cref="DelegatingGraphStore"/>.
/// Every method honours cancellation. A backend reports its own failures as the domain's exceptions:
/// <see cref="GraphStoreUnavailableException"/>, <see cref="GraphStoreTimeoutException"/> and
/// <see cref="InvalidGraphInputException"/>; anything else is a bug.
/// </summary>
public interface IGraphStore : IGraphStoreLifecycle, IGraphWriter, IGraphReader, IGraphExporter, IDocumentTextReader;
