using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.People;

/// <summary>A WORKS_FOR relation read as a position: who holds which role where.</summary>
internal sealed class PositionGraphType : ObjectGraphType<AnchoredRelation>
{
    public PositionGraphType()
    {
        Name = "Position";
        Description = "A role a person holds in an organization or company.";
        Field<NonNullGraphType<PersonGraphType>>("person").Resolve(c => c.Loaders().Entities.Load(c.Source.Relation.From));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("organization")
            .Description("The organization or company.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.Relation.To));
        Field<StringGraphType>("role").Resolve(c => c.Source.Relation.Properties.GetValueOrDefault(RelationProperties.Role));
        Field<NonNullGraphType<RelationGraphType>>("relation").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("evidence")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.Relation.Id.Value));
    }
}
