using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// The catalogue of hostile input: malformed requests, abusive documents, forged IDs and cursors, injection strings,
/// unbounded traversals, missing or wrong credentials and adversarial documents. Each must get exactly its status
/// and error code within its CPU bound, leave the service up and, unless it is a successful read, leave the store as
/// it was. One part per aspect: requests, documents, inputs, access.
/// </summary>
public static partial class HostileCatalogue
{
    private const string Bad = "BAD_USER_INPUT";
    private const string Request = "BAD_REQUEST";
    private const string Limit = "LIMIT_EXCEEDED";
    private const string Invalid = "GRAPHQL_VALIDATION_FAILED";
    private const string Mutation = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }";

    public static TheoryData<HostileCase> Cases => [.. All()];

    private static IEnumerable<HostileCase> All() =>
        Requests().Concat(Documents()).Concat(Inputs()).Concat(Access());

    private static string B64(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Printable(string text) => string.Concat(text.Select(c => c < ' ' || c is '\u200b' ? $"\\u{(int)c:X4}" : c.ToString()));
}
