using Graph.Domain.Model;
using Graph.GraphQL.Companies;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Other;

/// <summary>A product or system a company makes.</summary>
internal sealed class ProductGraphType : EntityGraphType
{
    public ProductGraphType()
        : base(EntityKind.Product, "A product or system.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyGraphType>>>>("producers")
            .Description("Companies that make it (PRODUCES).")
            .Resolve(c => RelatedFields.Entities(c, RelationType.Produces, RelationDirection.Incoming, EntityFields.DefaultFirst, EntityKind.Company));
    }
}
