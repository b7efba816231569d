namespace Graph.Domain.Store.Filtering;

/// <summary>The date fields of an entity a condition can test.</summary>
public enum DateField
{
    StartDate,
    EndDate,
}
