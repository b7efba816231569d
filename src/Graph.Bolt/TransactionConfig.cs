namespace Graph.Bolt;

/// <summary>
/// Settings of one transaction, sent in BEGIN or in an auto-commit RUN (#messages-begin, #messages-run: <c>tx_timeout</c>).
/// </summary>
public sealed record TransactionConfig
{
    /// <summary>No settings: the server's own defaults (<c>db.transaction.timeout</c>, which is 0, no limit, on Community).</summary>
    public static TransactionConfig Default { get; } = new();

    /// <summary>
    /// How long the server lets the transaction run before it terminates it, whether or not the client is still waiting;
    /// null for the server's default, zero for no limit. Sent in whole milliseconds, rounded up as the Java driver does.
    /// </summary>
    public TimeSpan? Timeout
    {
        get;
        init
        {
            if (value is { } timeout)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero, nameof(Timeout));
            }

            field = value;
        }
    }
}
