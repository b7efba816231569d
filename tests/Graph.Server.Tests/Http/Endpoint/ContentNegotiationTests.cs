using Graph.Server.Http;
using Graph.Server.Http.Endpoint;

namespace Graph.Server.Tests.Http.Endpoint;

/// <summary>The first part of <c>/graphql</c> on its own: method and Accept header in, decision out.</summary>
public sealed class ContentNegotiationTests
{
    [Fact]
    public void A_browser_asking_for_the_endpoint_gets_the_IDE_but_not_when_the_URL_carries_a_query()
    {
        const string Browser = "text/html,application/xhtml+xml,*/*;q=0.8";

        Assert.True(ContentNegotiation.Decide("GET", hasQuery: false, Browser).ServesIde);
        Assert.False(ContentNegotiation.Decide("GET", hasQuery: true, Browser).ServesIde);
        Assert.False(ContentNegotiation.Decide("POST", hasQuery: false, Browser).ServesIde);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public void Methods_other_than_GET_and_POST_are_refused_with_405_and_the_allowed_ones(string method)
    {
        var negotiation = ContentNegotiation.Decide(method, hasQuery: false, MediaTypes.Json);

        Assert.Equal(405, negotiation.Problem?.StatusCode);
        Assert.Equal("GET, POST", negotiation.Problem?.Allow);
    }

    [Theory]
    [InlineData("", MediaTypes.Json)]
    [InlineData("*/*", MediaTypes.Json)]
    [InlineData("application/graphql-response+json", MediaTypes.GraphQLResponse)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", MediaTypes.GraphQLResponse)]
    public void The_media_type_follows_the_Accept_header(string accept, string expected)
    {
        var negotiation = ContentNegotiation.Decide("POST", hasQuery: false, accept);

        Assert.Null(negotiation.Problem);
        Assert.Equal(expected, negotiation.MediaType);
        Assert.False(negotiation.Streaming);
    }

    [Fact]
    public void An_Accept_header_naming_nothing_we_produce_is_refused_with_406()
    {
        Assert.Equal(406, ContentNegotiation.Decide("POST", hasQuery: false, "application/xml").Problem?.StatusCode);
    }

    [Fact]
    public void An_event_stream_request_is_answered_as_a_stream()
    {
        var negotiation = ContentNegotiation.Decide("POST", hasQuery: false, MediaTypes.EventStream);

        Assert.True(negotiation.Streaming);
        Assert.Null(negotiation.Problem);
    }
}
