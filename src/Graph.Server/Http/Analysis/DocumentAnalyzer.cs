using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Server.Http.Analysis;

/// <summary>
/// Parses a request's document under the configured bounds (bytes, tokens, nesting) and measures its shape (aliases,
/// root fields, directives) before anything executes, so an abusive document costs a lexer pass, not a query plan.
/// </summary>
internal static class DocumentAnalyzer
{
    /// <summary>
    /// The analysis, or a violation; both null when the document does not parse, in which case the executor reports
    /// the syntax error in the usual shape.
    /// </summary>
    public static (OperationAnalysis? Analysis, string? Violation) Analyze(string query, string? operationName, DocumentLimits limits)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(query) > limits.MaxDocumentBytes)
        {
            return (null, $"The document exceeds {limits.MaxDocumentBytes} bytes.");
        }

        if (CountTokens(query, limits.MaxTokens + 1) > limits.MaxTokens)
        {
            return (null, $"The document exceeds {limits.MaxTokens} tokens.");
        }

        GraphQLDocument document;
        try
        {
            // The parser's own depth bound keeps deeply nested input from exhausting the stack.
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, $"The document nests deeper than {limits.MaxParserDepth} levels.");
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }

        var shape = new ShapeCounter();
        shape.Visit(document);
        if (shape.Aliases > limits.MaxAliases)
        {
            return (null, $"The document uses {shape.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        if (shape.Directives > limits.MaxDirectives)
        {
            return (null, $"The document uses {shape.Directives} directives; at most {limits.MaxDirectives} are allowed.");
        }

        var operation = SelectOperation(document, operationName);
        var rootFields = operation is null ? [] : RootFields(document, operation);
        return rootFields.Count > limits.MaxRootFields
            ? (null, $"The operation selects {rootFields.Count} root fields; at most {limits.MaxRootFields} are allowed.")
            : (new OperationAnalysis(document, operation, rootFields), null);
    }

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

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static List<string> RootFields(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var fields = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(operation.SelectionSet, fragments, visited, fields);
        return fields;
    }

    private static void Collect(
        GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited, List<string> fields)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(field.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, fragments, visited, fields);
                    break;
                case GraphQLFragmentSpread spread
                    when visited.Add(spread.FragmentName.Name.StringValue)
                         && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    // Each fragment counts once: a cycle or a repeated spread is the validator's to reject.
                    Collect(fragment.SelectionSet, fragments, visited, fields);
                    break;
            }
        }
    }
}
