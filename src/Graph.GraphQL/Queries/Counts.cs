namespace Graph.GraphQL.Queries;

/// <summary>GraphQL's Int is 32-bit; counts saturate rather than overflow.</summary>
internal static class Counts
{
    public static int ToInt(long count) => (int)Math.Min(count, int.MaxValue);
}
