using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Faults;

/// <summary>
/// Which SQLite failures mean "the store cannot answer right now" and which mean "it waited too long", in the domain's
/// terms. Result codes are SQLite's primary codes (https://www.sqlite.org/rescode.html); the extended code's low byte is
/// the primary one. Any other failure (a statement error, a constraint) is a bug of ours and surfaces as it is.
/// </summary>
internal static class SqliteFaults
{
    private const int Perm = 3;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int NoMem = 7;
    private const int ReadOnly = 8;
    private const int Interrupt = 9;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Protocol = 15;
    private const int NotADb = 26;

    /// <summary>
    /// The domain exception <paramref name="exception"/> stands for, or null when it stands for none: then it is the
    /// caller's own cancellation, already a domain exception, or a fault that no retry fixes.
    /// </summary>
    public static Exception? Translate(Exception exception, string databasePath, CancellationToken cancellationToken) => exception switch
    {
        SqliteException { SqliteErrorCode: var code } when (code & 0xFF) == Interrupt && cancellationToken.IsCancellationRequested =>
            new OperationCanceledException("The store call was cancelled.", exception, cancellationToken),
        // The file's lock stayed taken past the busy timeout (another process writing, a long checkpoint).
        SqliteException { SqliteErrorCode: var code } when (code & 0xFF) is Busy or Locked =>
            new GraphStoreTimeoutException(
                $"The SQLite file {databasePath} stayed locked past the busy timeout ({Name(code)}).", exception),
        // The file cannot be opened, read or written: disk errors, a full disk, a file that is not (or no longer) a database.
        SqliteException { SqliteErrorCode: var code } when (code & 0xFF) is Perm or NoMem or ReadOnly or IoErr or Corrupt or Full
            or CantOpen or Protocol or NotADb =>
            new GraphStoreUnavailableException($"The SQLite file {databasePath} cannot be used: {Name(code)}.", exception),
        IOException or UnauthorizedAccessException =>
            new GraphStoreUnavailableException($"The SQLite file {databasePath} cannot be used: {exception.Message}", exception),
        _ => null,
    };

    private static string Name(int code) => (code & 0xFF) switch
    {
        Perm => "access denied",
        Busy => "database is busy",
        Locked => "table is locked",
        NoMem => "out of memory",
        ReadOnly => "read-only",
        IoErr => "disk I/O error",
        Corrupt => "database disk image is malformed",
        Full => "disk is full",
        CantOpen => "unable to open the file",
        Protocol => "locking protocol error",
        NotADb => "file is not a database",
        _ => $"SQLite error {code}",
    };
}
