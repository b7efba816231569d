namespace Graph.GraphQL.Filtering;

/// <summary><c>CompanyFilter</c>: the <c>where</c> of <c>companies</c> (Location, Figures).</summary>
internal sealed class CompanyFilterInputGraphType : KindFilterInputGraphType<CompanyFilterInputGraphType>
{
    public CompanyFilterInputGraphType()
        : base("CompanyFilter", "companies", KindFilterFields.Location | KindFilterFields.Figures)
    {
    }
}
