namespace Graph.GraphQL.Filtering;

/// <summary><c>SourceFilter</c>: the <c>where</c> of <c>sources</c> (None).</summary>
internal sealed class SourceFilterInputGraphType : KindFilterInputGraphType<SourceFilterInputGraphType>
{
    public SourceFilterInputGraphType()
        : base("SourceFilter", "sources", KindFilterFields.None)
    {
    }
}
