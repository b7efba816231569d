namespace Graph.Storage.Neo4j;

/// <summary>Exceptions of the cold paths.</summary>
internal static class ThrowHelper
{
    public static void ThrowIfNegative(int value, string parameterName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "Must not be negative.");
        }
    }
}
