using System.ComponentModel.DataAnnotations;

namespace Graph.GraphQL;

/// <summary>Bounds on what one request may ask for (configuration section <c>Graph:Limits</c>).</summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "Graph:Limits";

    /// <summary>Largest <c>first</c> on any connection or list.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest <c>depth</c> of <c>neighborhood</c>.</summary>
    [Range(1, 6)]
    public int MaxNeighborhoodDepth { get; set; } = 3;

    /// <summary>Largest <c>limit</c> (nodes) of <c>neighborhood</c>.</summary>
    [Range(1, 100_000)]
    public int MaxNeighborhoodNodes { get; set; } = 500;

    /// <summary>Largest request body in bytes.</summary>
    [Range(1_024, 256 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest query nesting depth.</summary>
    [Range(2, 100)]
    public int MaxQueryDepth { get; set; } = 15;

    /// <summary>Largest document (the <c>query</c> text) in UTF-8 bytes.</summary>
    [Range(64, 16 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Most lexical tokens in a document. Validation costs GraphQL.NET about 6 µs of CPU per token, so the largest
    /// document allowed by default validates in about 30 ms.
    /// </summary>
    [Range(16, 1_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Deepest syntax nesting the parser accepts (guards the stack against deeply nested input).</summary>
    [Range(8, 1_000)]
    public int MaxParserDepth { get; set; } = 100;

    /// <summary>Most aliases in a document.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most root fields in an operation.</summary>
    [Range(1, 1_000)]
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Most directives in a document.</summary>
    [Range(0, 10_000)]
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Most operations in a document (validation looks at each of them with every fragment it uses).</summary>
    [Range(1, 1_000)]
    public int MaxOperations { get; set; } = 16;

    /// <summary>Most fragment definitions in a document.</summary>
    [Range(0, 10_000)]
    public int MaxFragments { get; set; } = 100;

    /// <summary>Most selections an operation or fragment may make once its fragments are expanded where they are spread.</summary>
    [Range(16, 10_000_000)]
    public int MaxSelections { get; set; } = 10_000;

    /// <summary>Documents of this many characters or more take turns (<see cref="MaxConcurrentLargeDocuments"/>).</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int LargeDocumentChars { get; set; } = 2 * 1024;

    /// <summary>Large documents analysed, validated and executed at once; others wait their turn within their deadline.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentLargeDocuments { get; set; } = 1;

    /// <summary>
    /// Largest estimated cost: each field and fragment spread costs 1, and a list multiplies what is under it by its
    /// page size (<c>first</c>, <c>last</c>, <c>limit</c>), or by 20 without one.
    /// </summary>
    [Range(10, 100_000_000)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Most conditions in one <c>where</c> filter (every operator, combinator and relation counts one).</summary>
    [Range(1, 1_000)]
    public int MaxFilterNodes { get; set; } = 50;

    /// <summary>Deepest nesting of one <c>where</c> filter (AND, OR, NOT and relation filters each add a level).</summary>
    [Range(1, 32)]
    public int MaxFilterDepth { get; set; } = 6;

    /// <summary>Most values in one list of a filter (<c>in</c>, <c>ids</c>, <c>kinds</c>, relation types).</summary>
    [Range(1, 10_000)]
    public int MaxFilterListValues { get; set; } = 100;

    /// <summary>Most links a <c>within</c> filter follows from an entity up the place hierarchy.</summary>
    [Range(1, 12)]
    public int MaxWithinDepth { get; set; } = 4;

    /// <summary>Longest an operation may run before it is cancelled with a TIMEOUT error.</summary>
    [Range(1, 3_600)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Largest <c>context</c> of a snippet, in UTF-16 code units on each side of the span.</summary>
    [Range(0, 10_000)]
    public int MaxSnippetContext { get; set; } = 400;

    /// <summary>
    /// Most characters of document text one request reads (for snippets and <c>Document.text</c>), counted by the length
    /// of each document whose text it asks for.
    /// </summary>
    [Range(1, 1_000_000_000)]
    public int MaxDocumentTextChars { get; set; } = 16_000_000;

    /// <summary>Whether clients may introspect the schema (GraphiQL needs it).</summary>
    public bool AllowIntrospection { get; set; } = true;
}
