using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>A relation as seen from one of the entities a <see cref="RelationQuery"/> asked about.</summary>
/// <param name="Cursor">Resumes this anchor's list after this relation.</param>
public sealed record AnchoredRelation(EntityId Anchor, Relation Relation, string Cursor)
{
    /// <summary>The entity at the other end, seen from the anchor.</summary>
    public EntityId Other => Relation.From == Anchor ? Relation.To : Relation.From;
}
