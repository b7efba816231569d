namespace Graph.GraphQL.Filtering;

/// <summary><c>PlaceFilter</c>: the <c>where</c> of <c>places</c> (Subtype, Location, Figures).</summary>
internal sealed class PlaceFilterInputGraphType : KindFilterInputGraphType<PlaceFilterInputGraphType>
{
    public PlaceFilterInputGraphType()
        : base(
            "PlaceFilter", "places", KindFilterFields.Subtype | KindFilterFields.Location | KindFilterFields.Figures,
            locatedIn: "Only places that lie directly in this place (LOCATED_IN: a province's cities); see `within` for the hierarchy.")
    {
    }
}
