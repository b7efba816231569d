namespace Graph.GraphQL.Filtering;

/// <summary><c>PersonFilter</c>: the <c>where</c> of <c>people</c> (None).</summary>
internal sealed class PersonFilterInputGraphType : KindFilterInputGraphType<PersonFilterInputGraphType>
{
    public PersonFilterInputGraphType()
        : base("PersonFilter", "people", KindFilterFields.None)
    {
    }
}
