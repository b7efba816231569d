namespace Graph.Bolt;

/// <summary>
/// A path (Bolt structure <c>Path</c>, tag 50) in its wire form: distinct nodes, distinct relationships and the indices
/// that walk them (#structure-path). <see cref="Segments"/> gives the walk.
/// </summary>
public sealed record BoltPath(IReadOnlyList<BoltNode> Nodes, IReadOnlyList<BoltUnboundRelationship> Relationships, IReadOnlyList<long> Indices)
{
    /// <summary>
    /// The walk as (start, relationship, end, forward) steps. Indices come in pairs: a 1-based relationship index, negative
    /// when the relationship points backwards, then a 0-based node index; the first node is always <c>Nodes[0]</c>.
    /// </summary>
    public IReadOnlyList<(BoltNode Start, BoltUnboundRelationship Relationship, BoltNode End, bool Forward)> Segments
    {
        get
        {
            var steps = new List<(BoltNode, BoltUnboundRelationship, BoltNode, bool)>(Indices.Count / 2);
            var current = Nodes[0];
            for (var i = 0; i + 1 < Indices.Count; i += 2)
            {
                var relationship = Indices[i];
                var next = Nodes[(int)Indices[i + 1]];
                steps.Add((current, Relationships[(int)Math.Abs(relationship) - 1], next, relationship > 0));
                current = next;
            }

            return steps;
        }
    }
}
