using Microsoft.Extensions.Configuration;

namespace Graph.Server.Hosting;

/// <summary><c>Graph:Store:KeepText</c>: whether the store keeps each document's text (default true), for either backend.</summary>
internal static class StoreTextSetting
{
    public const string Key = "Graph:Store:KeepText";

    /// <summary>The setting; anything but true or false stops the start with a message that names it.</summary>
    public static bool Read(IConfiguration configuration) =>
        configuration[Key] is not { Length: > 0 } value ? true
        : bool.TryParse(value.Trim(), out var keep) ? keep
        : throw new InvalidOperationException($"{Key} must be true or false, not '{value}'.");
}
