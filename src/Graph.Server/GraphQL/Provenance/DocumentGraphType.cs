using Graph.Domain.Model;
using Graph.Server.GraphQL.Relay;
using Graph.Server.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Provenance;

/// <summary>A source document, identified by the SHA-256 of its text.</summary>
internal sealed class DocumentGraphType : ObjectGraphType<DocumentInfo>
{
    public const string TypeName = "Document";

    public DocumentGraphType()
    {
        Name = TypeName;
        Description = "An ingested document. Its text is not stored; `hash` identifies it and mention offsets point into it.";
        IsTypeOf = value => value is DocumentInfo;
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Hash));
        Field<NonNullGraphType<StringGraphType>>("hash").Description("Lower-case hex SHA-256 of the text.").Resolve(c => c.Source.Hash);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<IsoDateGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Length of the text in UTF-16 code units.").Resolve(c => c.Source.Length);
    }
}
