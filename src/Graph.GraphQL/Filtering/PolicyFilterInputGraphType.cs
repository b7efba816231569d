namespace Graph.GraphQL.Filtering;

/// <summary><c>PolicyFilter</c>: the <c>where</c> of <c>policies</c> (dates).</summary>
internal sealed class PolicyFilterInputGraphType : KindFilterInputGraphType<PolicyFilterInputGraphType>
{
    public PolicyFilterInputGraphType()
        : base("PolicyFilter", "policies", KindFilterFields.None, dates: new KindDates("issue date", "the issue date"))
    {
    }
}
