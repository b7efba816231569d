namespace Graph.Domain.Model;

/// <summary>The kinds of entity the graph knows. The names are the labels used in every store and in the GraphQL schema.</summary>
public enum EntityKind
{
    Company,
    Organization,
    Person,
    Place,
    Policy,
    Event,
    Indicator,
    Project,
    Product,
    Industry,
    Article,
    Source,
}
