using Graph.Domain.Model;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>
/// An entity row as the batch writer reads it back: the columns as stored, JSON unparsed. Most entities of a document are
/// stored already and unchanged by it; <see cref="Holds"/> finds those from the text alone, so only an entity the batch may
/// change is parsed and merged (the parse and merge were a tenth of a document's upsert).
/// </summary>
internal sealed record StoredEntityRow(
    long EntityNo, string Id, string Kind, string Name, string Aliases, string? Subtype, string? StartDate, string? EndDate,
    string? Attributes)
{
    /// <summary>
    /// True when merging <paramref name="incoming"/> (cleaned, as <see cref="EntityMerge.Collapse"/> returns it) into this row
    /// changes nothing under <see cref="EntityMerge.Merge"/>: same kind and name, no aliases of its own or the same list, each
    /// field the row lacks also absent from <paramref name="incoming"/>, attributes absent or the same JSON.
    /// False only means "parse and merge to find out".
    /// </summary>
    public bool Holds(Entity incoming)
    {
        if (!string.Equals(Kind, incoming.Kind.ToString(), StringComparison.Ordinal)
            || !string.Equals(Name, incoming.Name, StringComparison.Ordinal))
        {
            return false;
        }

        // With the same name, no alias of its own adds nothing; otherwise the same list (in the same order) adds nothing.
        var sameAliases = incoming.Aliases.Count == 0
            || string.Equals(Aliases, JsonColumns.Array(incoming.Aliases), StringComparison.Ordinal);
        return sameAliases
            && (Subtype is not null || incoming.Subtype is null)
            && (StartDate is not null || incoming.StartDate is null)
            && (EndDate is not null || incoming.EndDate is null)
            && (incoming.Attributes is not { Count: > 0 }
                || string.Equals(Attributes, JsonColumns.MapOrNull(incoming.Attributes) as string, StringComparison.Ordinal));
    }

    public Entity ToEntity() => EntityRows.FromColumns(Id, Kind, Name, Aliases, Subtype, StartDate, EndDate, Attributes);
}
