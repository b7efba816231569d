namespace Graph.GraphQL.Filtering;

/// <summary><c>OrganizationFilter</c>: the <c>where</c> of <c>organizations</c> (Subtype, Location, Figures).</summary>
internal sealed class OrganizationFilterInputGraphType : KindFilterInputGraphType<OrganizationFilterInputGraphType>
{
    public OrganizationFilterInputGraphType()
        : base("OrganizationFilter", "organizations", KindFilterFields.Subtype | KindFilterFields.Location | KindFilterFields.Figures)
    {
    }
}
