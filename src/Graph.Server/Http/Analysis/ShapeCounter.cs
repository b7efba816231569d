using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Graph.Server.Http.Analysis;

/// <summary>Counts aliases and directives anywhere in a document (an alias bomb is many aliases of one cheap field).</summary>
internal sealed class ShapeCounter : ASTVisitor<NullVisitorContext>
{
    public int Aliases { get; private set; }

    public int Directives { get; private set; }

    public void Visit(GraphQLDocument document) => VisitAsync(document, default).AsTask().GetAwaiter().GetResult();

    protected override ValueTask VisitAliasAsync(GraphQLAlias alias, NullVisitorContext context)
    {
        Aliases++;
        return base.VisitAliasAsync(alias, context);
    }

    protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, NullVisitorContext context)
    {
        Directives++;
        return base.VisitDirectiveAsync(directive, context);
    }
}
