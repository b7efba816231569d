namespace Graph.Domain.Store;

/// <summary>
/// A store or query argument the caller got wrong: a garbled cursor, a negative page size, a batch that refers to what
/// it does not hold. Its message is written for the caller and safe to show. Derives from <see cref="ArgumentException"/>
/// so argument checks read as usual; a plain <see cref="ArgumentException"/> is not the caller's fault but a bug.
/// </summary>
public sealed class InvalidGraphInputException : ArgumentException
{
    public InvalidGraphInputException()
    {
    }

    public InvalidGraphInputException(string message)
        : base(message)
    {
    }

    public InvalidGraphInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidGraphInputException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    public static void ThrowIfNegative(int value, string parameterName)
    {
        if (value < 0)
        {
            throw new InvalidGraphInputException($"'{parameterName}' must not be negative; it was {value}.", parameterName);
        }
    }

    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static void ThrowIfOutside(int value, int min, int max, string parameterName)
    {
        if (value < min || value > max)
        {
            throw new InvalidGraphInputException(
                $"'{parameterName}' must be between {min} and {max}; it was {value}.", parameterName);
        }
    }
}
