using System.Globalization;
using System.Text.Json;
using Graph.Bolt.Messages;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Support;

/// <summary>Builds our request message for a vector's message descriptor.</summary>
internal static class MessageDescriptors
{
    public static IRequestMessage Request(JsonElement d) => d[0].GetString() switch
    {
        "hello" => Hello(d[1]),
        "logon" => new LogonMessage(Auth(d[1])),
        "logoff" => EmptyMessage.Logoff,
        "run" => new RunMessage(d[1].GetString()!, Descriptors.Map(d[2][1]), Extra(d[3])),
        "begin" => new BeginMessage(Extra(d[1])),
        "pull" => StreamMessage.Pull(d[1].GetInt64(), d[2].GetInt64()),
        "discard" => StreamMessage.Discard(d[1].GetInt64(), d[2].GetInt64()),
        "commit" => EmptyMessage.Commit,
        "rollback" => EmptyMessage.Rollback,
        "reset" => EmptyMessage.Reset,
        "goodbye" => EmptyMessage.Goodbye,
        "route" => new RouteMessage(
            Strings(d[1]), d[2].EnumerateArray().Select(b => b.GetString()!).ToList(), NullableString(d[3]), NullableString(d[4])),
        "telemetry" => new TelemetryMessage((TelemetryApi)d[1].GetInt32()),
        var other => throw new ArgumentException($"{other} is not a request."),
    };

    public static bool IsRequest(JsonElement d) => d[0].GetString() is not ("success" or "failure" or "ignored" or "record");

    private static HelloMessage Hello(JsonElement h)
    {
        var version = h.GetProperty("version").GetString()!.Split('.');
        var agent = h.TryGetProperty("boltAgent", out var a)
            ? new BoltAgent(
                a.GetProperty("product").GetString()!, a.GetProperty("platform").GetString()!, a.GetProperty("language").GetString()!,
                a.GetProperty("languageDetails").GetString()!)
            : BoltAgent.Current;
        return new HelloMessage(
            new BoltVersion(int.Parse(version[0], CultureInfo.InvariantCulture), int.Parse(version[1], CultureInfo.InvariantCulture)),
            h.GetProperty("userAgent").GetString()!,
            agent,
            h.TryGetProperty("auth", out var auth) ? Auth(auth) : BoltAuth.None,
            h.TryGetProperty("routing", out var routing) ? Strings(routing) : null);
    }

    private static BoltAuth Auth(JsonElement auth) => auth.GetProperty("scheme").GetString() switch
    {
        "basic" => BoltAuth.Basic(auth.GetProperty("principal").GetString()!, auth.GetProperty("credentials").GetString()!),
        "none" => BoltAuth.None,
        var other => throw new ArgumentException($"Unknown scheme {other}."),
    };

    private static TransactionExtra Extra(JsonElement e) => new(
        e.TryGetProperty("bookmarks", out var bookmarks) ? bookmarks.EnumerateArray().Select(b => b.GetString()!).ToList() : null,
        e.TryGetProperty("timeoutMs", out var timeout) ? TimeSpan.FromMilliseconds(timeout.GetInt32()) : null,
        e.TryGetProperty("metadata", out var metadata) ? Descriptors.Map(metadata[1]) : null,
        e.TryGetProperty("db", out var db) ? db.GetString() : null,
        e.TryGetProperty("impUser", out var user) ? user.GetString() : null,
        e.TryGetProperty("mode", out var mode) && mode.GetString() == "r" ? AccessMode.Read : AccessMode.Write);

    private static Dictionary<string, string> Strings(JsonElement o) =>
        o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static string? NullableString(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();
}
