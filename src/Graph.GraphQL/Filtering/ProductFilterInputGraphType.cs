namespace Graph.GraphQL.Filtering;

/// <summary><c>ProductFilter</c>: the <c>where</c> of <c>products</c> (None).</summary>
internal sealed class ProductFilterInputGraphType : KindFilterInputGraphType<ProductFilterInputGraphType>
{
    public ProductFilterInputGraphType()
        : base("ProductFilter", "products", KindFilterFields.None)
    {
    }
}
