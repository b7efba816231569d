using System.Security.Claims;
using Graph.Domain.Model;
using Graph.GraphQL.Relay;
using Graph.GraphQL.Scalars;
using Graph.GraphQL.Security;
using GraphQL.Types;

namespace Graph.GraphQL.Provenance;

/// <summary>A source document, identified by the SHA-256 of its text.</summary>
internal sealed class DocumentGraphType : ObjectGraphType<DocumentInfo>
{
    public const string TypeName = "Document";

    public DocumentGraphType()
    {
        Name = TypeName;
        Description =
            "An ingested document. `hash` identifies it and mention offsets point into it. Its text is kept when the store keeps texts " +
            "(Graph:Store:KeepText, on by default); the bundled sample graph holds offsets only.";
        IsTypeOf = value => value is DocumentInfo;
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Hash));
        Field<NonNullGraphType<StringGraphType>>("hash").Description("Lower-case hex SHA-256 of the text.").Resolve(c => c.Source.Hash);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<IsoDateGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Length of the text in UTF-16 code units.").Resolve(c => c.Source.Length);
        Field<StringGraphType>("text")
            .Description(
                "The whole text as ingested (the string every offset counts in), for callers with the Reader role or above (an API key or " +
                "token); null when the store does not keep it. Counts against Graph:Limits:MaxDocumentTextChars.")
            .Resolve(c =>
            {
                var user = c.User ?? new ClaimsPrincipal();
                if (GraphClaims.RoleOf(user) is null)
                {
                    throw new FieldForbiddenError(
                        "Document.text needs an API key or token with the Reader role.", user.Identity?.IsAuthenticated == true);
                }

                return c.Loaders().Texts.Load(c.Source.Hash);
            });
    }
}
