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
    /// <paramref name="variables"/> builds a page's variables from its <c>before</c> cursor when the document needs more
    /// than <c>last</c> and <c>before</c>.
    /// </summary>
    public static async Task<List<string>> BackwardAsync(
        HttpClient client, string document, Func<JsonNode, JsonNode> connection, int last, int totalCount, int maxPages,
        Func<string?, object>? variables = null)
    {
        variables ??= before => new { last, before };
        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages <= maxPages; pages++)
        {
            var page = connection(await client.QueryAsync(document, variables(before)));
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
