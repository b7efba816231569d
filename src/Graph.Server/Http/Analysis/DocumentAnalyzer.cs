using Graph.GraphQL;
using Graph.GraphQL.Documents;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Server.Http.Analysis;

/// <summary>
/// Parses a request's document under the configured bounds (bytes, tokens, nesting) and measures its shape (aliases,
/// root fields, directives, operations, fragments, and the selections and depth it expands to) before anything
/// validates or executes it, so an abusive document costs a lexer pass and one linear walk, not a query plan. The
/// validator and the executor walk fragment expansions; refusing a large expansion here is what keeps them bounded.
/// </summary>
internal static partial class DocumentAnalyzer
{
    /// <summary>
    /// The analysis, or a refusal; both null when the document does not parse, in which case the executor reports
    /// the syntax error in the usual shape.
    /// </summary>
    public static (OperationAnalysis? Analysis, DocumentRefusal? Refusal) Analyze(
        string query, string? operationName, DocumentLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (System.Text.Encoding.UTF8.GetByteCount(query) > limits.MaxDocumentBytes)
        {
            return (null, Limit($"The document exceeds {limits.MaxDocumentBytes} bytes."));
        }

        if (CountTokens(query, limits.MaxTokens + 1) > limits.MaxTokens)
        {
            return (null, Limit($"The document exceeds {limits.MaxTokens} tokens."));
        }

        GraphQLDocument document;
        try
        {
            // The parser's own depth bound keeps deeply nested input from exhausting the stack.
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, Limit($"The document nests deeper than {limits.MaxParserDepth} levels."));
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Shape(document, limits) is { } shapeRefusal)
        {
            return (null, shapeRefusal);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var order = FragmentOrder.Of(document);
        if (order.Cycle is { } cycle)
        {
            // Spec 5.5.2.2 "Fragment spreads must not form cycles": reported here, once, because GraphQL.NET's rule builds
            // a path for every spread that closes a cycle (quadratic in a long chain).
            var via = cycle.Count > 1 ? $" via {string.Join(", ", cycle.Skip(1).Select(name => $"'{name}'"))}" : string.Empty;
            return (null, new DocumentRefusal(ErrorCodes.ValidationFailed, $"Cannot spread fragment '{cycle[0]}' within itself{via}."));
        }

        var expansion = ExpansionMeter.Measure(document, order);
        if (expansion.Depth > limits.MaxQueryDepth)
        {
            return (null, Limit($"The document nests selections {expansion.Depth} levels deep; at most {limits.MaxQueryDepth} are allowed."));
        }

        if (expansion.Selections > limits.MaxSelections)
        {
            var count = expansion.Selections >= ExpansionMeter.Saturation ? "more than 10^15" : expansion.Selections.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            return (null, Limit($"With its fragments expanded, the document makes {count} selections; at most {limits.MaxSelections} are allowed."));
        }

        var operation = SelectOperation(document, operationName);
        var rootFields = operation is null ? [] : RootFields(operation, order);
        return rootFields.Count > limits.MaxRootFields
            ? (null, Limit($"The operation selects {rootFields.Count} root fields; at most {limits.MaxRootFields} are allowed."))
            : (new OperationAnalysis(document, operation, rootFields), null);
    }

    private static DocumentRefusal? Shape(GraphQLDocument document, DocumentLimits limits)
    {
        var shape = new ShapeCounter();
        shape.Visit(document);
        if (shape.Aliases > limits.MaxAliases)
        {
            return Limit($"The document uses {shape.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        if (shape.Directives > limits.MaxDirectives)
        {
            return Limit($"The document uses {shape.Directives} directives; at most {limits.MaxDirectives} are allowed.");
        }

        var operations = document.Definitions.Count(d => d is GraphQLOperationDefinition);
        if (operations > limits.MaxOperations)
        {
            return Limit($"The document defines {operations} operations; at most {limits.MaxOperations} are allowed.");
        }

        var fragments = document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        return fragments > limits.MaxFragments
            ? Limit($"The document defines {fragments} fragments; at most {limits.MaxFragments} are allowed.")
            : null;
    }

    private static DocumentRefusal Limit(string message) => new(ErrorCodes.LimitExceeded, message);

    private static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
            // A lexing error is the parser's to report; what was counted so far stands.
        }

        return count;
    }
}
