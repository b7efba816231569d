namespace Graph.Domain.Store;

/// <summary>Sort orders for entity lists; each is a total order (ties broken by ID) so keyset cursors are exact.</summary>
public enum EntityOrder
{
    NameAscending,
    NameDescending,
    StartDateAscending,
    StartDateDescending,
}
