using Graph.Bolt.PackStream;

namespace Graph.Bolt;

/// <summary>Credentials: the auth token sent in LOGON (Bolt 5.1+) or HELLO (earlier), #messages-logon.</summary>
public sealed class BoltAuth
{
    private readonly (string Key, string Value)[] _entries;

    private BoltAuth(params (string Key, string Value)[] entries) => _entries = entries;

    /// <summary>No authentication (a server with auth disabled).</summary>
    public static BoltAuth None { get; } = new(("scheme", "none"));

    /// <summary>User name and password.</summary>
    public static BoltAuth Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new BoltAuth(("scheme", "basic"), ("principal", user), ("credentials", password));
    }

    /// <summary>A bearer token (SSO).</summary>
    public static BoltAuth Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new BoltAuth(("scheme", "bearer"), ("credentials", token));
    }

    /// <summary>The scheme, for messages and logs; never the secret.</summary>
    public string Scheme => _entries[0].Value;

    internal int EntryCount => _entries.Length;

    internal void WriteEntries(PackStreamWriter writer)
    {
        foreach (var (key, value) in _entries)
        {
            writer.WriteString(key);
            writer.WriteString(value);
        }
    }

    public override string ToString() => $"BoltAuth({Scheme})";
}
