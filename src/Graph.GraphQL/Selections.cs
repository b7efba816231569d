using GraphQL;

namespace Graph.GraphQL;

/// <summary>
/// Look-ahead on the selection of the field being resolved, so a resolver reads only what the query will show. GraphQL.NET
/// collects <see cref="IResolveFieldContext.SubFields"/> with fragments expanded and <c>@skip</c>/<c>@include</c> applied,
/// keyed by response name; the field's schema name is compared, so an alias selects it too.
/// </summary>
internal static class Selections
{
    /// <summary>True when the selection of the field being resolved asks for the child field <paramref name="name"/>.</summary>
    public static bool Selects(this IResolveFieldContext context, string name)
    {
        // Without a collected selection (a field of an abstract type) nothing can be ruled out.
        var fields = context.SubFields;
        return fields is null || fields.Values.Any(f => string.Equals(f.FieldType.Name, name, StringComparison.Ordinal));
    }
}
