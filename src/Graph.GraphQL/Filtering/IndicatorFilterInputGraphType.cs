namespace Graph.GraphQL.Filtering;

/// <summary><c>IndicatorFilter</c>: the <c>where</c> of <c>indicators</c> (None).</summary>
internal sealed class IndicatorFilterInputGraphType : KindFilterInputGraphType<IndicatorFilterInputGraphType>
{
    public IndicatorFilterInputGraphType()
        : base("IndicatorFilter", "indicators", KindFilterFields.None)
    {
    }
}
