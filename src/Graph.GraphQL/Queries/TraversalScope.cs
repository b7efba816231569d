using Graph.Domain.Model;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>
/// <c>includeMentions</c> of the traversals (<c>neighborhood</c>, <c>shortestPath</c>, <c>paths</c>, <c>connection</c>,
/// <c>policyImpact</c>): by default they follow only semantic relations, so an article that names two things does not
/// link them; MENTIONS and PUBLISHED_BY (and so the articles) join when asked.
/// </summary>
internal static class TraversalScope
{
    public const string ArgumentName = "includeMentions";

    private const string Description =
        "Also follow MENTIONS and PUBLISHED_BY, the relations that tie articles to the graph. Off (the default), articles are left " +
        "out and co-mention in one article is no link.";

    public static FieldBuilder<TSource, TReturn> IncludeMentionsArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<BooleanGraphType>>(ArgumentName, Description, a => a.DefaultValue = false);

    public static bool IncludeMentions(this IResolveFieldContext context) => context.GetArgument<bool>(ArgumentName);

    /// <summary>
    /// The relation types to follow: those given, else every type with <c>includeMentions</c>, else the semantic ones.
    /// Naming MENTIONS or PUBLISHED_BY without <c>includeMentions</c> is bad input, so a filter never silently drops a type.
    /// </summary>
    public static IReadOnlyCollection<RelationType>? TraversalTypes(this IResolveFieldContext context, string name = "relationTypes")
    {
        var include = context.IncludeMentions();
        var given = context.GetArgument<List<RelationType>?>(name) is { Count: > 0 } types ? types : null;
        if (given is null)
        {
            return include ? null : RelationTypes.Semantic;
        }

        if (!include && given.FirstOrDefault(RelationTypes.Article.Contains) is var article && RelationTypes.Article.Contains(article))
        {
            throw new BadUserInputError($"'{name}' names {article.ToName()}, an article's relation; pass {ArgumentName}: true to follow it.");
        }

        return given;
    }
}
