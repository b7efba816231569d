using Graph.Domain.Model;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relations;
using Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Entities;

/// <summary>The fields every entity has, declared once for the <c>Entity</c> interface and each kind's object type.</summary>
internal static class EntityFields
{
    public const int DefaultFirst = 20;

    /// <summary>
    /// Declares the same fields, with their arguments but without resolvers, on an interface: one definition for both.
    /// </summary>
    public static void DeclareOn(InterfaceGraphType<Entity> entityInterface)
    {
        var template = new ObjectGraphType<Entity>();
        AddTo(template);
        foreach (var field in template.Fields)
        {
            entityInterface.AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                Type = field.Type,
                Arguments = field.Arguments,
            });
        }
    }

    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID.")
            .Resolve(c => GlobalId.Encode(c.Source.Kind.ToString(), c.Source.Id.Value));
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The canonical name.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names it goes by (abbreviations, short forms).")
            .Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        type.Field<StringGraphType>("subtype")
            .Description("A finer kind: for places country, province, city, district or region; for organizations government, university, media...")
            .Resolve(c => c.Source.Subtype);
        type.Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Relations of this entity, by relation ID, with the entity at the other end.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Only these types; all when omitted.")
            .Argument<NonNullGraphType<RelationDirectionGraphType>>("direction", a => a.DefaultValue = RelationDirection.Both)
            .Argument<IntGraphType>("first", $"Page size from the start; {DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", "Page size from the end (the relations just before `before`, or the last ones).")
            .Argument<StringGraphType>("before")
            .Resolve(RelatedFields.ResolveRelationConnection);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("mentions")
            .Description("Provenance: where the documents name this entity, first the earliest.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = DefaultFirst)
            .Resolve(c =>
            {
                var first = c.First();
                return c.Loaders().Mentions.Load(c.Source.Id.Value).Select(mentions => mentions.Take(first).ToList());
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("mentionedIn")
            .Description("Articles that mention this entity.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.Mentions, RelationDirection.Incoming, c.First(), EntityKind.Article));
    }
}
