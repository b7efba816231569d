using Graph.Server.Http;
using Graph.Server.Tests.Support;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Hosting;

public sealed class SchemaSnapshotTests : IClassFixture<GraphServerFactory>
{
    private readonly GraphServerFactory _factory;

    public SchemaSnapshotTests(GraphServerFactory factory) => _factory = factory;

    [Fact]
    public void The_committed_schema_equals_the_printed_schema()
    {
        var printed = SchemaEndpoint.Print(_factory.Services.GetRequiredService<ISchema>());

        // The snapshot is the committed schema/schema.graphql itself, so any schema change is a visible diff there.
        // (Snapshooter always files its snapshots under __snapshots__/, so it cannot own that path.)
        var committed = File.Exists(RepositoryPaths.SchemaFile) ? File.ReadAllText(RepositoryPaths.SchemaFile) : "(missing)";
        Assert.True(
            committed == printed,
            "schema/schema.graphql differs from the schema. Review the change, then: " +
            "dotnet run --project src/Graph.Server -- schema --out schema/schema.graphql");
    }

    [Fact]
    public async Task The_schema_is_served_as_SDL()
    {
        using var client = _factory.CreateClient();

        var served = await client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(SchemaEndpoint.Print(_factory.Services.GetRequiredService<ISchema>()), served);
        Assert.Contains("interface Node", served, StringComparison.Ordinal);
        Assert.Contains("type Company implements Node & Entity", served, StringComparison.Ordinal);
    }
}
