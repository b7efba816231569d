namespace Graph.Storage.Neo4j;

/// <summary>Exceptions of the cold paths.</summary>
internal static class ThrowHelper
{
    public static ArgumentException MalformedCursor(string cursor, string parameterName) => new(
        $"The cursor '{(cursor.Length <= 40 ? cursor : cursor[..40] + "…")}' is malformed or belongs to another query; " +
        "pass a cursor returned by the same query.",
        parameterName);

    public static ArgumentException InvalidBatch(string message) => new($"The batch was rejected and nothing was written: {message}", "batch");

    public static void ThrowIfNegative(int value, string parameterName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "Must not be negative.");
        }
    }
}
