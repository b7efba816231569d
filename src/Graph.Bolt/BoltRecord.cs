using System.Globalization;

namespace Graph.Bolt;

/// <summary>One row of a result: values by position or by the query's column names.</summary>
public sealed class BoltRecord
{
    private readonly IReadOnlyList<string> _keys;

    internal BoltRecord(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
    {
        _keys = keys;
        Values = values;
    }

    public IReadOnlyList<string> Keys => _keys;

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"The record has no column '{key}'; it has {string.Join(", ", _keys)}.");
        }
    }

    /// <summary>The value converted to <typeparamref name="T"/> (Bolt integers are <see cref="long"/>; narrower integers convert).</summary>
    public T Get<T>(string key)
    {
        var value = this[key];
        return value switch
        {
            null => default!,
            T typed => typed,
            IConvertible when typeof(T) != typeof(string) && Nullable.GetUnderlyingType(typeof(T)) is var underlying =>
                (T)Convert.ChangeType(value, underlying ?? typeof(T), CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Column '{key}' holds a {value.GetType().Name}, not a {typeof(T).Name}."),
        };
    }
}
