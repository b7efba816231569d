using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Credentials and what settings close: keys, tokens and their roles, the schema, suggestions, readiness counts.</summary>
public static partial class HostileCatalogue
{
    private static IEnumerable<HostileCase> Access()
    {
        // Credentials.
        var ingest = Ingest("t", "【x】\n● 标题\n大连市");
        yield return HostileCase.Query("a mutation without a key", 401, "UNAUTHENTICATED", Mutation, ingest);
        yield return HostileCase.Query("a mutation with a wrong key", 401, "UNAUTHENTICATED", Mutation, ingest, apiKey: "wrong");
        yield return HostileCase.Query("a mutation with a reader key", 403, "FORBIDDEN", Mutation, ingest, apiKey: GraphServerFactory.ReaderKey);
        yield return HostileCase.Query("a query with a wrong key", 401, "UNAUTHENTICATED", "{ __typename }", apiKey: "wrong");
        yield return HostileCase.Query("a mutation with a forged bearer token", 401, "UNAUTHENTICATED", Mutation, ingest) with
        {
            Authorization = "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQWRtaW4ifQ.",
        };
        yield return new HostileCase("a mutation over GET", 405, Request, HttpMethod.Get,
            Url: "/graphql?query=" + Uri.EscapeDataString(Mutation), Body: null, ContentType: null, ApiKey: GraphServerFactory.WriterKey);

        // Tokens on the closed service: signed with its key, so only their claims decide.
        const string Read = "{ statistics { entities } }";
        yield return Token("a token whose role is \"Reader\"", 200, null, Read, TestTokens.Claims("Reader", HostileServers.Issuer, HostileServers.Audience));
        yield return Token("a token whose role is \" reader \"", 200, null, Read, TestTokens.Claims(" reader ", HostileServers.Issuer, HostileServers.Audience));
        yield return Token("a token whose role is \"writer \", on a refused mutation", 200, Bad, Mutation, TestTokens.Claims("writer ", HostileServers.Issuer, HostileServers.Audience),
            Ingest("t", string.Empty));
        foreach (var (description, role) in new (string, object)[]
        {
            ("the string \"2\"", "2"), ("the number 2", 2), ("\"Reader,Writer\"", "Reader,Writer"), ("\"Readers\"", "Readers"),
            ("two roles", new[] { "Reader", "Admin" }), ("empty", string.Empty),
        })
        {
            yield return Token($"a token whose role is {description}", 401, "UNAUTHENTICATED", Read, TestTokens.Claims(role, HostileServers.Issuer, HostileServers.Audience));
        }

        var microsoftRole = TestTokens.Claims(null, HostileServers.Issuer, HostileServers.Audience);
        microsoftRole["http://schemas.microsoft.com/ws/2008/06/identity/claims/role"] = "Admin";
        yield return Token("a token with only Microsoft's role claim type", 401, "UNAUTHENTICATED", Read, microsoftRole);
        yield return Token("a token without an issuer", 401, "UNAUTHENTICATED", Read, TestTokens.Claims("Admin", null, HostileServers.Audience));
        yield return Token("a token from another issuer", 401, "UNAUTHENTICATED", Read, TestTokens.Claims("Admin", "https://other.test", HostileServers.Audience));
        yield return Token("a token without an audience", 401, "UNAUTHENTICATED", Read, TestTokens.Claims("Admin", HostileServers.Issuer, null));
        yield return Token("a token for another audience", 401, "UNAUTHENTICATED", Read, TestTokens.Claims("Admin", HostileServers.Issuer, "other"));
        yield return Token("a token that lives two days", 401, "UNAUTHENTICATED", Read,
            TestTokens.Claims("Admin", HostileServers.Issuer, HostileServers.Audience, TimeSpan.FromDays(2)));
        var forever = TestTokens.Claims("Admin", HostileServers.Issuer, HostileServers.Audience);
        forever.Remove("exp");
        yield return Token("a token without an expiry", 401, "UNAUTHENTICATED", Read, forever);
        yield return Token("an expired token", 401, "UNAUTHENTICATED", Read,
            TestTokens.Claims("Admin", HostileServers.Issuer, HostileServers.Audience, TimeSpan.FromMinutes(-30)));

        // Closed means closed: what introspection would tell is not told another way.
        yield return Get("the SDL with introspection on", "/graphql/schema.graphql", 200, null, HostileServer.Open) with { BodyMustContain = "type Query" };
        yield return Get("the SDL with introspection off, anonymously", "/graphql/schema.graphql", 401, "UNAUTHENTICATED", HostileServer.Closed);
        yield return Get("the SDL with introspection off, as a reader", "/graphql/schema.graphql", 403, "FORBIDDEN", HostileServer.Closed, GraphServerFactory.ReaderKey);
        yield return Get("the SDL with introspection off, as an admin", "/graphql/schema.graphql", 200, null, HostileServer.Closed, GraphServerFactory.AdminKey)
            with { BodyMustContain = "type Query" };
        yield return HostileCase.Query("introspection when it is off", 400, "FORBIDDEN", "{ __schema { types { name } } }", apiKey: GraphServerFactory.ReaderKey)
            with { Server = HostileServer.Closed };
        yield return HostileCase.Query("a misspelt field with introspection on", 400, Invalid, "{ statistic { entities } }") with { BodyMustContain = "Did you mean" };
        yield return HostileCase.Query("a misspelt field with introspection off", 400, Invalid, "{ statistic { entities } }", apiKey: GraphServerFactory.ReaderKey)
            with { Server = HostileServer.Closed, BodyMustNotContain = "Did you mean" };
        yield return HostileCase.Query("a misspelt argument with introspection off", 400, Invalid, "{ companies(frist: 1) { nodes { name } } }", apiKey: GraphServerFactory.ReaderKey)
            with { Server = HostileServer.Closed, BodyMustNotContain = "Did you mean" };
        yield return HostileCase.Query("a query without a key when reads are closed", 401, "UNAUTHENTICATED", Read) with { Server = HostileServer.Closed };
        yield return Get("readiness when reads are open", "/readyz", 200, null, HostileServer.Open) with { BodyMustContain = "\"entities\"" };
        yield return Get("readiness when reads are closed, anonymously", "/readyz", 200, null, HostileServer.Closed) with { BodyMustNotContain = "entities" };
        yield return Get("readiness when reads are closed, as a reader", "/readyz", 200, null, HostileServer.Closed, GraphServerFactory.ReaderKey)
            with { BodyMustContain = "\"entities\"" };
    }

    private static HostileCase Token(string name, int status, string? code, string query, IReadOnlyDictionary<string, object?> claims, object? variables = null) =>
        HostileCase.Query(name, status, code, query, variables) with
        {
            Server = HostileServer.Closed,
            Authorization = "Bearer " + TestTokens.Create(HostileServers.SigningKey, claims),
        };

    private static HostileCase Get(string name, string url, int status, string? code, HostileServer server, string? apiKey = null) =>
        new(name, status, code, HttpMethod.Get, Url: url, ContentType: null, Accept: "*/*", ApiKey: apiKey) { Server = server };
}
