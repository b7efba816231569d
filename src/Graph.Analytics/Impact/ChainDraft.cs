using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Analytics.Impact;

/// <summary>A chain being grown: its nodes from the policy on and the relations between them.</summary>
internal sealed record ChainDraft(EntityId[] Nodes, Relation[] Relations)
{
    public EntityId Last => Nodes[^1];

    public bool Visits(EntityId node) => Array.IndexOf(Nodes, node) >= 0;

    public ChainDraft Extend(Relation relation, EntityId next) => new([.. Nodes, next], [.. Relations, relation]);

    public ImpactPolarity Polarity()
    {
        var affects = false;
        var negative = false;
        foreach (var relation in Relations)
        {
            if (relation.Type != RelationType.Affects)
            {
                continue;
            }

            affects = true;
            if (relation.Properties.TryGetValue(RelationProperties.Polarity, out var sign) && sign == "-")
            {
                negative = !negative;
            }
        }

        return !affects ? ImpactPolarity.Neutral : negative ? ImpactPolarity.Negative : ImpactPolarity.Positive;
    }

    /// <summary>A total order for equal rank, so the same graph always gives the same list.</summary>
    public string Key => string.Join('|', Relations.Select(r => r.Id.Value));
}
