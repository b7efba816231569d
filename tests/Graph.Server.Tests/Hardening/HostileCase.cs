using System.Text;
using Graph.Server.Tests.Support;

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
    /// <summary>Which of the two services answers: defaults, or everything closed (keys for reads, no introspection, JWT with issuer and audience).</summary>
    public HostileServer Server { get; init; } = HostileServer.Open;

    /// <summary>Most CPU time the service may spend on the request (the bar: no request above 1 s).</summary>
    public TimeSpan CpuBound { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, the request goes out as these bytes over a socket, with pauses (framing errors, slow bodies).</summary>
    public RawExchange? Raw { get; init; }

    /// <summary>Sent once unmeasured before the measured send, so the measure is the request's and not the first compilation of its path.</summary>
    public bool WarmUp { get; init; } = true;

    public string? BodyMustContain { get; init; }

    public string? BodyMustNotContain { get; init; }

    public static HostileCase Post(string name, int status, string? code, string json, string? apiKey = null, string accept = "application/graphql-response+json") =>
        new(name, status, code, HttpMethod.Post, Body: Encoding.UTF8.GetBytes(json), ApiKey: apiKey, Accept: accept);

    public static HostileCase Query(string name, int status, string? code, string query, object? variables = null, string? apiKey = null) =>
        Post(name, status, code, System.Text.Json.JsonSerializer.Serialize(new { query, variables }), apiKey);

    public override string ToString() => Name;
}
