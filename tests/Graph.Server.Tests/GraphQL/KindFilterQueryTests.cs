using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>
/// Each kind's list takes its own <c>where</c> type (<c>PlaceFilter</c>, <c>PersonFilter</c>...) with the fields its entities
/// carry: over HTTP against the sample graph, the kind's own fields filter, those of other kinds fail validation, and the
/// filter limits and value checks hold as for <c>EntityFilter</c>.
/// </summary>
public sealed class KindFilterQueryTests : IClassFixture<GraphServerFactory>
{
    private static readonly string CompanyId = Convert.ToBase64String("Company:company_0000000000000000"u8.ToArray());

    private readonly HttpClient _client;

    public KindFilterQueryTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("companies", "CompanyFilter")]
    [InlineData("organizations", "OrganizationFilter")]
    [InlineData("people", "PersonFilter")]
    [InlineData("places", "PlaceFilter")]
    [InlineData("policies", "PolicyFilter")]
    [InlineData("events", "EventFilter")]
    [InlineData("indicators", "IndicatorFilter")]
    [InlineData("projects", "ProjectFilter")]
    [InlineData("products", "ProductFilter")]
    [InlineData("industries", "IndustryFilter")]
    [InlineData("articles", "ArticleFilter")]
    [InlineData("sources", "SourceFilter")]
    [InlineData("search", "EntityFilter")]
    public async Task Each_list_takes_the_filter_type_of_its_kind_and_search_the_general_one(string list, string filterType)
    {
        var data = await _client.QueryAsync("""{ __type(name: "Query") { fields { name args { name type { name } } } } }""");

        var field = data["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == list)!;
        var where = field["args"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "where")!;
        Assert.Equal(filterType, where["type"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("PlaceFilter", "nameContains name ids subtype subtypeMatches locatedIn within figures relations and or not")]
    [InlineData("CompanyFilter", "nameContains name ids locatedIn within figures relations and or not")]
    [InlineData("OrganizationFilter", "nameContains name ids subtype subtypeMatches locatedIn within figures relations and or not")]
    [InlineData("EventFilter", "nameContains name ids from to startDate endDate locatedIn within figures relations and or not")]
    [InlineData("PolicyFilter", "nameContains name ids from to startDate relations and or not")]
    [InlineData("ArticleFilter", "nameContains name ids from to startDate relations and or not")]
    [InlineData("IndustryFilter", "nameContains name ids figures relations and or not")]
    [InlineData("ProjectFilter", "nameContains name ids locatedIn within relations and or not")]
    [InlineData("PersonFilter", "nameContains name ids relations and or not")]
    [InlineData("IndicatorFilter", "nameContains name ids relations and or not")]
    public async Task A_kind_filter_has_the_common_fields_and_its_kinds_own_all_described(string type, string fields)
    {
        var data = await _client.QueryAsync("query($t: String!) { __type(name: $t) { inputFields { name description type { name } } } }", new { t = type });

        var inputs = data["__type"]!["inputFields"]!.AsArray();
        Assert.Equal(fields.Split(' '), inputs.Select(f => f!["name"]!.GetValue<string>()));
        Assert.All(inputs, f => Assert.False(string.IsNullOrWhiteSpace(f!["description"]?.GetValue<string>()), f!["name"]!.GetValue<string>()));
        Assert.Equal(type, inputs.Single(f => f!["name"]!.GetValue<string>() == "not")!["type"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ people(where: { within: "eA==" }) { totalCount } }""", "within")]
    [InlineData("""{ people(where: { or: [{ locatedIn: "eA==" }] }) { totalCount } }""", "locatedIn")]
    [InlineData("""{ companies(where: { startDate: { gt: "2025-01-01" } }) { totalCount } }""", "startDate")]
    [InlineData("""{ companies(where: { subtype: "city" }) { totalCount } }""", "subtype")]
    [InlineData("""{ places(where: { kinds: [PLACE] }) { totalCount } }""", "kinds")]
    [InlineData("""{ places(where: { from: "2025-01-01" }) { totalCount } }""", "from")]
    [InlineData("""{ policies(where: { figures: { value: { gt: 1 } } }) { totalCount } }""", "figures")]
    [InlineData("""{ policies(where: { endDate: { lt: "2025-01-01" } }) { totalCount } }""", "endDate")]
    [InlineData("""{ articles(where: { within: "eA==" }) { totalCount } }""", "within")]
    [InlineData("""{ indicators(where: { not: { figures: { value: { gt: 1 } } } }) { totalCount } }""", "figures")]
    [InlineData("""{ industries(where: { and: [{ subtype: "x" }] }) { totalCount } }""", "subtype")]
    [InlineData("""{ events(where: { subtypeMatches: { eq: "x" } }) { totalCount } }""", "subtypeMatches")]
    public async Task A_field_of_another_kind_fails_validation_naming_the_field(string query, string field)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.ErrorCode());
        Assert.Null(response["data"]);
        var message = response["errors"]![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("Argument 'where' has invalid value.", message, StringComparison.Ordinal);
        Assert.Contains($"In field '{field}': Unknown field.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_another_filter_type_fails_validation()
    {
        var response = await _client.QueryWithErrorsAsync("query($w: EntityFilter) { places(where: $w) { totalCount } }", new { w = new { } });

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.ErrorCode());
        Assert.Contains("PlaceFilter", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_holding_a_field_of_another_kind_is_refused_before_anything_runs()
    {
        var response = await _client.QueryWithErrorsAsync(
            "query($w: PersonFilter) { people(where: $w) { totalCount } }", new { w = new { within = "eA==" } });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Null(response["data"]);
        Assert.Equal(
            "Variable '$w' is invalid. Unrecognized input fields 'within' for type 'PersonFilter'.",
            response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_kinds_own_fields_filter_and_combine_as_on_EntityFilter()
    {
        var data = await _client.QueryAsync("""
            {
              government: organizations(where: { subtype: "government" }) { totalCount nodes { subtype } }
              notGovernment: organizations(where: { not: { subtypeMatches: { eq: "government" } } }) { totalCount }
              organizations { totalCount }
              cities: places(where: { subtype: "city" }) { totalCount }
              provinces: places(where: { subtype: "province" }) { totalCount }
              either: places(where: { or: [{ subtype: "city" }, { subtype: "province" }] }) { totalCount }
              dated: events(where: { startDate: { gte: "1900-01-01" } }) { totalCount nodes { startDate } }
              publishedSince: articles(where: { from: "1900-01-01" }) { totalCount }
              articles { totalCount }
            }
            """);

        var government = data["government"]!;
        Assert.True(government["totalCount"]!.GetValue<int>() > 0);
        Assert.All(government["nodes"]!.AsArray(), n => Assert.Equal("government", n!["subtype"]!.GetValue<string>()));
        Assert.Equal(
            data["organizations"]!["totalCount"]!.GetValue<int>(),
            government["totalCount"]!.GetValue<int>() + data["notGovernment"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            data["cities"]!["totalCount"]!.GetValue<int>() + data["provinces"]!["totalCount"]!.GetValue<int>(),
            data["either"]!["totalCount"]!.GetValue<int>());
        Assert.True(data["dated"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.All(data["dated"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["startDate"]));
        Assert.Equal(data["articles"]!["totalCount"]!.GetValue<int>(), data["publishedSince"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Figures_and_within_on_a_kind_filter_keep_what_the_same_conditions_keep_on_search()
    {
        var province = await _client.QueryAsync("""{ places(where: { name: { eq: "辽宁省" } }) { nodes { id } } }""");
        var id = province["places"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await _client.QueryAsync("""
            query($p: ID!) {
              places(where: { within: $p, figures: { value: { gt: 0 } } }, first: 100) { nodes { name } }
              search(text: "市", kinds: [PLACE], where: { within: $p, figures: { value: { gt: 0 } } }, first: 100) { nodes { name } }
            }
            """,
            new { p = id });

        var places = data["places"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        var found = data["search"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(places);
        Assert.Subset(places.ToHashSet(), found.ToHashSet());
    }

    [Theory]
    [InlineData("""{ people(where: { or: [MANY] }) { totalCount } }""")]
    [InlineData("""{ events(where: DEEP) { totalCount } }""")]
    [InlineData("""{ policies(where: { startDate: { in: [DATES] } }) { totalCount } }""")]
    [InlineData("""{ companies(where: { ids: [IDS] }) { totalCount } }""")]
    public async Task A_kind_filter_past_the_filter_limits_is_LIMIT_EXCEEDED(string query)
    {
        var many = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"{{ name: {{ eq: \"{i}\" }} }}"));
        var dates = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"{new DateOnly(2000, 1, 1).AddDays(i):yyyy-MM-dd}\""));
        var ids = string.Join(", ", Enumerable.Repeat($"\"{CompanyId}\"", 101));
        var deep = string.Concat(Enumerable.Repeat("{ not: ", 7)) + "{ name: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat(" }", 7));

        var response = await _client.QueryWithErrorsAsync(query.Replace("MANY", many).Replace("DATES", dates).Replace("IDS", ids).Replace("DEEP", deep));

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
    }

    [Theory]
    [InlineData("""{ companies(where: { locatedIn: "COMPANY" }) { totalCount } }""")]
    [InlineData("""{ events(where: { within: "COMPANY" }) { totalCount } }""")]
    [InlineData("""{ projects(where: { or: [{ within: "COMPANY" }] }) { totalCount } }""")]
    [InlineData("""{ organizations(where: { subtype: "government\u0000" }) { totalCount } }""")]
    [InlineData("""{ industries(where: { figures: { value: { gt: 1, lt: 2 } } }) { totalCount } }""")]
    [InlineData("""{ people(where: { ids: ["bm90IGFuIGlk"] }) { totalCount } }""")]
    [InlineData("""{ articles(where: { relations: { some: { other: { within: "COMPANY" } } } }) { totalCount } }""")]
    public async Task Bad_values_in_a_kind_filter_are_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query.Replace("COMPANY", CompanyId));

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }
}
