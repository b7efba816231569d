using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// The <c>extra</c> dictionary of BEGIN and of an auto-commit RUN (#messages-begin, #messages-run). Absent entries take
/// the server's defaults, so only set ones are written, in the order the official drivers write them.
/// </summary>
internal sealed record TransactionExtra(
    IReadOnlyList<string>? Bookmarks = null,
    TimeSpan? Timeout = null,
    IReadOnlyDictionary<string, object?>? Metadata = null,
    string? Database = null,
    string? ImpersonatedUser = null,
    AccessMode Mode = AccessMode.Write)
{
    public static TransactionExtra Empty { get; } = new();

    public void Write(PackStreamWriter writer)
    {
        var hasBookmarks = Bookmarks is { Count: > 0 };
        var hasMetadata = Metadata is { Count: > 0 };
        var read = Mode == AccessMode.Read;
        var count = (hasBookmarks ? 1 : 0) + (Timeout is null ? 0 : 1) + (hasMetadata ? 1 : 0) + (Database is null ? 0 : 1) +
                    (ImpersonatedUser is null ? 0 : 1) + (read ? 1 : 0);
        writer.WriteMapHeader(count);
        if (hasBookmarks)
        {
            writer.WriteString("bookmarks");
            writer.WriteValue(Bookmarks);
        }

        if (Timeout is { } timeout)
        {
            // Whole milliseconds (#messages-begin: tx_timeout), a fraction rounded up so a bound is never shortened.
            writer.WriteString("tx_timeout");
            writer.WriteInteger((timeout.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond);
        }

        if (hasMetadata)
        {
            writer.WriteString("tx_metadata");
            writer.WriteValue(Metadata);
        }

        if (Database is not null)
        {
            writer.WriteString("db");
            writer.WriteString(Database);
        }

        if (ImpersonatedUser is not null)
        {
            writer.WriteString("imp_user");
            writer.WriteString(ImpersonatedUser);
        }

        if (read)
        {
            // Write is the default mode and is never sent.
            writer.WriteString("mode");
            writer.WriteString("r");
        }
    }
}
