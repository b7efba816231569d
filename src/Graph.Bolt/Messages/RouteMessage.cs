using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// ROUTE (66, #messages-route, 4.4+ form): routing context, bookmarks, and <c>{db, imp_user}</c> (empty for the default
/// database).
/// </summary>
internal sealed class RouteMessage(
    IReadOnlyDictionary<string, string> routing, IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser = null)
    : IRequestMessage
{
    public string Name => "ROUTE";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageTag.Route);
        writer.WriteValue(routing);
        writer.WriteValue(bookmarks);
        writer.WriteMapHeader((database is null ? 0 : 1) + (impersonatedUser is null ? 0 : 1));
        if (database is not null)
        {
            writer.WriteString("db");
            writer.WriteString(database);
        }

        if (impersonatedUser is not null)
        {
            writer.WriteString("imp_user");
            writer.WriteString(impersonatedUser);
        }
    }
}
