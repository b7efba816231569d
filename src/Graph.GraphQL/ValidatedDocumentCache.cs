using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Graph.GraphQL;

/// <summary>
/// Remembers query texts that passed validation, so a repeated query skips the specification's core rules: they
/// depend on the document and the schema only, never on variables, and they were half of the cost of a small query.
/// The other rules (the cost analysis, which reads variables such as <c>first</c>; the introspection switch; the
/// cancellation check) still run on every request. Bounded in entries and in text (2,000,000 characters): once full, new
/// texts are validated every time rather than evicting.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    private const int MaxCachedQueryLength = 16 * 1024;
    private static readonly HashSet<IValidationRule> DocumentRules = [.. Validation.GraphValidationRules.DocumentRules];
    private readonly Documents.BoundedCache<string, byte> _validated =
        new(capacity: 4_096, maxEntryChars: MaxCachedQueryLength, maxTotalChars: 2_000_000, query => query.Length);

    /// <summary>After the options are configured (rules appended) and before execution.</summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (query is null || query.Length > MaxCachedQueryLength)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = _validated.ContainsKey(query);
        if (cached)
        {
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !DocumentRules.Contains(rule)).ToList();
        }

        var result = await next(options).ConfigureAwait(false);

        // Executed means validation passed; only then is the text known to be valid against this schema.
        if (!cached && result.Executed)
        {
            _validated.TryAdd(query, 0);
        }

        return result;
    }
}
