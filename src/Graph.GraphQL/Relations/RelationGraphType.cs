using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relay;
using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>A directed, typed relation with its properties and evidence.</summary>
internal sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public const string TypeName = "Relation";

    public RelationGraphType()
    {
        Name = TypeName;
        Description = "A directed relation between two entities, with the text spans that state it.";
        IsTypeOf = value => value is Relation;
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id.Value));
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("from").Resolve(c => c.Loaders().Entities.Load(c.Source.From));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("to").Resolve(c => c.Loaders().Entities.Load(c.Source.To));
        Field<StringGraphType>("role")
            .Description("For WORKS_FOR: the title held.")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(RelationProperties.Role));
        Field<StringGraphType>("polarity")
            .Description("For AFFECTS: `+` (促进, 带动) or `-` (冲击).")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(RelationProperties.Polarity));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("evidence")
            .Description("The sentences that state this relation.")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.Id.Value));
    }
}
