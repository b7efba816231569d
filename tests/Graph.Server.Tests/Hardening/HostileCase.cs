using System.Text;

namespace Graph.Server.Tests.Hardening;

/// <summary>One hostile request and what the service must answer.</summary>
/// <param name="ExpectedCode">The first error's <c>extensions.code</c>, or null when the request must succeed without errors.</param>
public sealed record HostileCase(
    string Name,
    int ExpectedStatus,
    string? ExpectedCode,
    HttpMethod Method,
    string Url = "/graphql",
    byte[]? Body = null,
    string? ContentType = "application/json",
    string Accept = "application/graphql-response+json",
    string? ApiKey = null,
    string? Authorization = null)
{
    public static HostileCase Post(string name, int status, string? code, string json, string? apiKey = null, string accept = "application/graphql-response+json") =>
        new(name, status, code, HttpMethod.Post, Body: Encoding.UTF8.GetBytes(json), ApiKey: apiKey, Accept: accept);

    public static HostileCase Query(string name, int status, string? code, string query, object? variables = null, string? apiKey = null) =>
        Post(name, status, code, System.Text.Json.JsonSerializer.Serialize(new { query, variables }), apiKey);

    public override string ToString() => Name;
}
