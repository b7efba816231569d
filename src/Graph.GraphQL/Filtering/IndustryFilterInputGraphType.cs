namespace Graph.GraphQL.Filtering;

/// <summary><c>IndustryFilter</c>: the <c>where</c> of <c>industries</c> (Figures).</summary>
internal sealed class IndustryFilterInputGraphType : KindFilterInputGraphType<IndustryFilterInputGraphType>
{
    public IndustryFilterInputGraphType()
        : base("IndustryFilter", "industries", KindFilterFields.Figures)
    {
    }
}
