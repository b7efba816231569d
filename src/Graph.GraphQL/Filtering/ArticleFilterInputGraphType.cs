namespace Graph.GraphQL.Filtering;

/// <summary><c>ArticleFilter</c>: the <c>where</c> of <c>articles</c> (dates).</summary>
internal sealed class ArticleFilterInputGraphType : KindFilterInputGraphType<ArticleFilterInputGraphType>
{
    public ArticleFilterInputGraphType()
        : base("ArticleFilter", "articles", KindFilterFields.None, dates: new KindDates("publication date", "the publication date"))
    {
    }
}
