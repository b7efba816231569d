using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Articles;

/// <summary>One item of a newsletter.</summary>
internal sealed class ArticleGraphType : EntityGraphType
{
    public ArticleGraphType()
        : base(EntityKind.Article, "One item of a newsletter; `name` is its title.")
    {
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Name);
        Field<Scalars.IsoDateGraphType>("publishedAt").Resolve(c => c.Source.StartDate);
        Field<IntGraphType>("ordinal")
            .Description("Its position in the document, from 1.")
            .Resolve(c => int.TryParse(c.Source.AttributesOrEmpty.GetValueOrDefault(EntityAttributes.Ordinal), out var n) ? n : (int?)null);
        Field<Other.SourceGraphType>("source")
            .Description("The publisher (PUBLISHED_BY).")
            .Resolve(c => RelatedFields.Entity(c, RelationType.PublishedBy, RelationDirection.Outgoing, EntityKind.Source));
        Field<DocumentGraphType>("document")
            .Description("The document it was cut from.")
            .Resolve(c => c.Source.AttributesOrEmpty.TryGetValue(EntityAttributes.Document, out var hash)
                ? c.Loaders().Documents.Load(hash)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("entities")
            .Description("Entities it mentions (MENTIONS).")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.Mentions, RelationDirection.Outgoing, c.First()));
    }
}
