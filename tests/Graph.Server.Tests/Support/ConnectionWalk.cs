using System.Text.Json.Nodes;

namespace Graph.Server.Tests.Support;

/// <summary>Reads Relay connections over HTTP the way the paging tests check them: their IDs, and a walk back from the end.</summary>
internal static class ConnectionWalk
{
    /// <summary>The node IDs of a connection's edges, in order.</summary>
    public static List<string> Ids(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

    /// <summary>
    /// Pages back from the end with <c>last: <paramref name="last"/></c> and each page's start cursor as the next
    /// <c>before</c>, until a page says there is nothing before it (at most <paramref name="maxPages"/> + 1 pages), and
    /// returns the IDs in list order. Every page must report <paramref name="totalCount"/> and, after the first, a next page.
    /// </summary>
    public static async Task<List<string>> BackwardAsync(
        HttpClient client, string document, Func<JsonNode, JsonNode> connection, int last, int totalCount, int maxPages)
    {
        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages <= maxPages; pages++)
        {
            var page = connection(await client.QueryAsync(document, new { last, before }));
            backward.InsertRange(0, Ids(page));
            Assert.Equal(totalCount, page["totalCount"]!.GetValue<int>());
            Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }

            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }

        return backward;
    }
}
