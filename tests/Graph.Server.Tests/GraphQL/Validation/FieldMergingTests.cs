using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL.Validation;

/// <summary>
/// Spec 5.3.2 "Field Selection Merging" as our rule checks it: what must be refused is refused (also through fragments
/// and nested selections), what merges runs, and a document that repeats too much is refused with LIMIT_EXCEEDED.
/// </summary>
public sealed class FieldMergingTests(GraphServerFactory factory) : IClassFixture<GraphServerFactory>
{
    [Theory]
    [InlineData("two fields under one alias", "{ a: statistics { entities } a: search(text: \"大连\") { nodes { name } } }", "are different fields")]
    [InlineData("one field with two arguments", "{ c: companies(first: 1) { nodes { name } } c: companies(first: 2) { nodes { name } } }", "differing arguments")]
    [InlineData("argument against variable", "query($n: Int!) { c: companies(first: $n) { nodes { name } } c: companies(first: 2) { nodes { name } } }", "differing arguments")]
    [InlineData("conflict between two fragments", "{ ...A ...B } fragment A on Query { c: companies(first: 1) { nodes { name } } } fragment B on Query { c: companies(first: 2) { nodes { name } } }", "differing arguments")]
    [InlineData("conflict between a field and a fragment", "{ c: companies(first: 1) { nodes { name } } ...B } fragment B on Query { c: companies(first: 2) { nodes { name } } }", "differing arguments")]
    [InlineData("conflict in a sub-selection", "{ places { nodes { n: name } } places { nodes { n: kind } } }", "subfields 'nodes' conflict")]
    [InlineData("conflict in a sub-selection through fragments", "{ places { ...P } places { ...Q } } fragment P on PlaceConnection { nodes { n: name } } fragment Q on PlaceConnection { nodes { n: kind } }", "subfields 'nodes' conflict")]
    [InlineData("shapes that differ on exclusive types", "{ node(id: \"x\") { ... on Place { v: name } ... on Company { v: aliases } } }", "conflicting types")]
    [InlineData("nullability that differs on exclusive types", "{ node(id: \"x\") { ... on Place { v: name } ... on Company { v: subtype } } }", "conflicting types")]
    public async Task Fields_that_cannot_merge_are_refused(string name, string query, string reason)
    {
        var response = await factory.CreateClient().QueryWithErrorsAsync(query);

        Assert.True(response.ErrorCode() == "GRAPHQL_VALIDATION_FAILED", $"{name}: {response.ToJsonString()}");
        Assert.Contains(reason, response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the same leaf twice", "{ statistics { entities entities } }")]
    [InlineData("one field selected twice with different sub-fields", "{ statistics { entities } statistics { relations } }")]
    [InlineData("the same arguments in another order", "{ c: search(text: \"大连\", first: 2) { nodes { name } } c: search(first: 2, text: \"大连\") { nodes { kind } } }")]
    [InlineData("different fields on exclusive object types", "{ node(id: \"UGxhY2U6cGxhY2VfMA\") { ... on Place { v: subtype } ... on Observation { v: baseUnit } } }")]
    [InlineData("one fragment spread in both sub-selections", "{ places { ...P } places { ...P nodes { id } } } fragment P on PlaceConnection { nodes { name } }")]
    public async Task Fields_that_merge_run(string name, string query)
    {
        var response = await factory.CreateClient().QueryWithErrorsAsync(query);

        Assert.True(response["errors"] is null, $"{name}: {response.ToJsonString()}");
    }

    [Fact]
    public async Task A_document_that_repeats_too_much_to_check_is_refused_as_a_limit()
    {
        var query = "{ statistics { " + string.Concat(Enumerable.Repeat("entitiesByKind { kind } ", 1_000)) + "} }";

        var response = await factory.CreateClient().QueryWithErrorsAsync(query);

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
    }
}
