using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL;

/// <summary>
/// Field metadata that marks a root field as expensive (a traversal, a search, an analysts' query), set where the field
/// is defined with <c>.WithMetadata(ExpensiveField.MetadataKey, true)</c>. The service charges an operation that selects
/// one against the caller's budget of expensive reads (<c>Graph:RateLimit:ExpensiveQueriesPerMinute</c>).
/// </summary>
public static class ExpensiveField
{
    public const string MetadataKey = "graph.expensive";

    /// <summary>The names of the query's root fields marked expensive.</summary>
    public static IReadOnlySet<string> RootFieldsOf(ISchema schema) =>
        schema.Query.Fields.Where(field => field.GetMetadata(MetadataKey, false)).Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
}
